import { useEffect, useRef, type RefObject } from 'react'

/** `ref.current` is true between mount and unmount: async work checks it before setting state. */
export function useMountedRef(): RefObject<boolean> {
  const mounted = useRef(false)
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])
  return mounted
}
