/** A language subtitles can be attached in: X's code (two capital letters) and the name players show. */
export interface SubtitlesLanguage {
  code: string
  name: string
}

/** Common languages of posts on X, each named in its own language (what a player's menu shows). */
export const COMMON_SUBTITLES_LANGUAGES: readonly SubtitlesLanguage[] = Object.freeze([
  { code: 'EN', name: 'English' },
  { code: 'ES', name: 'Español' },
  { code: 'PT', name: 'Português' },
  { code: 'FR', name: 'Français' },
  { code: 'DE', name: 'Deutsch' },
  { code: 'IT', name: 'Italiano' },
  { code: 'NL', name: 'Nederlands' },
  { code: 'JA', name: '日本語' },
  { code: 'KO', name: '한국어' },
  { code: 'ZH', name: '中文' },
  { code: 'AR', name: 'العربية' },
  { code: 'HI', name: 'हिन्दी' },
  { code: 'ID', name: 'Bahasa Indonesia' },
  { code: 'TR', name: 'Türkçe' },
  { code: 'RU', name: 'Русский' },
  { code: 'UK', name: 'Українська' },
  { code: 'PL', name: 'Polski' },
  { code: 'TH', name: 'ไทย' },
])
