import type { Meta, StoryObj } from '@storybook/react-vite'
import { http, HttpResponse } from 'msw'
import { useEffect, useState } from 'react'
import { expect } from 'storybook/test'

const statusUrl = 'https://api.x.com/2/media/upload?command=STATUS&media_id=1'

/** Fetches one STATUS answer and shows the state it reports. */
function MockApiProbe() {
  const [state, setState] = useState('loading')
  useEffect(() => {
    void fetch(statusUrl)
      .then((response) => response.json() as Promise<{ data: { processing_info: { state: string } } }>)
      .then((body) => setState(body.data.processing_info.state))
  }, [])
  return <output>Processing state: {state}</output>
}

const meta = {
  title: 'Infrastructure/Mock API probe',
  component: MockApiProbe,
  parameters: {
    msw: [
      http.get('https://api.x.com/2/media/upload', () =>
        HttpResponse.json({ data: { id: '1', processing_info: { state: 'succeeded' } } }),
      ),
    ],
  },
} satisfies Meta<typeof MockApiProbe>

export default meta

export const AnswersFromTheWorker: StoryObj<typeof meta> = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Processing state: succeeded')).toBeVisible()
  },
}
