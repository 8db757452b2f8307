import { describe, expect, it } from 'vitest'
import { topLevelToken } from './top-level-token'

describe('topLevelToken', () => {
  it('returns the raw digits of a top-level number, every one of them', () => {
    expect(topLevelToken('{"media_id":1880028106020515841,"size":5}', 'media_id')).toBe('1880028106020515841')
    expect(topLevelToken(' {\n "a" : [1,{"media_id":2}] ,\t"media_id" : 42 } ', 'media_id')).toBe('42')
  })

  it('ignores the key inside nested objects, arrays and strings', () => {
    expect(topLevelToken('{"note":{"media_id":999}}', 'media_id')).toBeUndefined()
    expect(topLevelToken('{"list":[{"media_id":999}]}', 'media_id')).toBeUndefined()
    expect(topLevelToken('{"note":"\\"media_id\\":999"}', 'media_id')).toBeUndefined()
    expect(topLevelToken('{"note":"}, \\"media_id\\": 1","media_id":7}', 'media_id')).toBe('7')
  })

  it('reads keys as JSON.parse does: escapes decoded, the last of repeated keys', () => {
    expect(topLevelToken('{"media\\u005fid":12}', 'media_id')).toBe('12')
    expect(topLevelToken('{"media_id":1,"media_id":2}', 'media_id')).toBe('2')
  })

  it('returns the token as written, so a caller can refuse non-integers', () => {
    expect(topLevelToken('{"media_id":1.5e3}', 'media_id')).toBe('1.5e3')
    expect(topLevelToken('{"media_id":"12"}', 'media_id')).toBe('"12"')
  })

  it('gives undefined for text that is not a JSON object', () => {
    for (const text of ['', '[{"media_id":1}]', '"media_id":1', '{"media_id"', '{"media_id":', '{"a":"unclosed}', '{"a":{"b":1}']) {
      expect(topLevelToken(text, 'media_id')).toBeUndefined()
    }
  })
})
