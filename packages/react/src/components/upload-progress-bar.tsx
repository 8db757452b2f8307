/** Props of {@link UploadProgressBar}. */
export interface UploadProgressBarProps {
  /** 0..1, or `undefined` while the amount is unknown (X processing without a percent). */
  fraction: number | undefined
  /** Accessible name, for example `Upload progress of cat.jpg`. */
  label: string
  /** Spoken in place of the percentage, for example `1.2 MB of 4 MB`. */
  valueText?: string
  className?: string
}

/** A progress bar styled by CSS custom properties; indeterminate when `fraction` is undefined. */
export function UploadProgressBar({ fraction, label, valueText, className = 'tm-progress' }: UploadProgressBarProps) {
  const percent = fraction === undefined ? undefined : Math.round(Math.min(1, Math.max(0, fraction)) * 100)
  return (
    <div
      className={className}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={valueText}
      data-indeterminate={percent === undefined ? '' : undefined}
    >
      <div className={`${className}__bar`} style={{ width: percent === undefined ? undefined : `${percent}%` }} />
    </div>
  )
}
