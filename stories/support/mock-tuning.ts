import type { ArgTypes } from '@storybook/react-vite'
import type { MediaMock, ScenarioOptions } from '@tweet-media/msw'
import { useEffect } from 'react'

/** The mock's knobs a story exposes as Storybook controls. */
export interface MockTuning {
  /** Delay before each answer, in ms. */
  latencyMs: number
  /** Fraction (0–1) of APPEND segments answered with 503. */
  failureRate: number
  /** How long X takes to process a video or GIF, in seconds. */
  processingSecs: number
  /** Seconds a media id stays usable (`expires_after_secs`). */
  expiresAfterSecs: number
  /** Every connection drops. */
  offline: boolean
}

/** Controls for {@link MockTuning}, with ranges that make sense for X. */
export const mockTuningArgTypes: Partial<ArgTypes<MockTuning>> = {
  latencyMs: { control: { type: 'range', min: 0, max: 3000, step: 50 }, table: { category: 'Mock API' } },
  failureRate: { control: { type: 'range', min: 0, max: 1, step: 0.05 }, table: { category: 'Mock API' } },
  processingSecs: { control: { type: 'range', min: 0, max: 30, step: 0.5 }, table: { category: 'Mock API' } },
  expiresAfterSecs: { control: { type: 'number', min: 1 }, table: { category: 'Mock API' } },
  offline: { control: 'boolean', table: { category: 'Mock API' } },
}

/** Processing moves through this many `in_progress` answers before `succeeded`. */
const PROCESSING_ROUNDS = 3

/** The scenario options a tuning stands for. */
export function scenarioOf(tuning: MockTuning): ScenarioOptions {
  return {
    latencyMs: tuning.latencyMs,
    appendFailureRate: tuning.failureRate,
    // One STATUS per round plus the final one, `check_after_secs` apart.
    processing: { rounds: PROCESSING_ROUNDS, checkAfterSecs: tuning.processingSecs / (PROCESSING_ROUNDS + 1) },
    expiresAfterSecs: tuning.expiresAfterSecs,
    offline: tuning.offline,
  }
}

/** Applies the controls to the running mock whenever one changes: no reload, uploads keep going. */
export function useMockTuning(mock: MediaMock, tuning: MockTuning): void {
  const { latencyMs, failureRate, processingSecs, expiresAfterSecs, offline } = tuning
  useEffect(() => {
    mock.configure(scenarioOf({ latencyMs, failureRate, processingSecs, expiresAfterSecs, offline }))
  }, [mock, latencyMs, failureRate, processingSecs, expiresAfterSecs, offline])
}
