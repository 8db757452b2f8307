import { describe, expect, test } from 'vitest'
import { checkComposerRules, X_COMPOSER_RULES } from './composer-rules'

describe('checkComposerRules', () => {
  test('accepts up to four photos and refuses only the surplus ones', () => {
    expect(checkComposerRules(['image'], ['image', 'image', 'image', 'image'])).toEqual([null, null, null, 'too-many-files'])
  })

  test('a GIF or a video stands alone in a post', () => {
    expect(checkComposerRules([], ['video', 'video'])).toEqual([null, 'too-many-files'])
    expect(checkComposerRules(['gif'], ['gif'])).toEqual(['too-many-files'])
    expect(checkComposerRules([], ['gif', 'video'])).toEqual([null, 'mixed-media'])
  })

  test('refuses photos next to a video and a video next to photos', () => {
    expect(checkComposerRules(['video'], ['image'])).toEqual(['mixed-media'])
    expect(checkComposerRules(['image'], ['video', 'image'])).toEqual(['mixed-media', null])
  })

  test('follows rules other than X’s when given', () => {
    expect(checkComposerRules([], ['image', 'image'], { ...X_COMPOSER_RULES, maxImages: 1 })).toEqual([null, 'too-many-files'])
  })
})
