export {
  EXPIRY_SAFETY_MARGIN_MS,
  assertNotExpired,
  expiresAtFrom,
  isExpired,
  timeLeftMs,
  type Expiring,
  type ExpiryOptions,
} from './expiry'
export { reviveUploadedMedia } from './revive-uploaded-media'
