// The inspector page of the mock X media API, and the renderers the Storybook panel reuses.
// Plain DOM: every string from the mock (ids, alt text, error bodies) goes in as text,
// never as HTML.

/** @param {string} tag @param {Record<string, string>} [attrs] @param {(Node | string)[]} [children] */
function el(tag, attrs = {}, children = []) {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value)
  for (const child of children) node.append(typeof child === 'string' ? document.createTextNode(child) : child)
  return node
}

/** @param {number} bytes */
export function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1_048_576) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1_048_576).toFixed(1)} MB`
}

/** Time left until `ms` from now, e.g. `23 h 59 min`, `42 s`, `expired`. @param {number} ms */
export function formatCountdown(ms) {
  if (ms <= 0) return 'expired'
  const secs = Math.floor(ms / 1000)
  if (secs < 60) return `${secs} s`
  const mins = Math.floor(secs / 60)
  if (mins < 60) return `${mins} min ${secs % 60} s`
  return `${Math.floor(mins / 60)} h ${mins % 60} min`
}

/** @param {boolean | null} flag */
const yesNo = (flag) => (flag === null ? 'unknown' : flag ? 'yes' : 'no')

/** The rows of a media card: [term, text]. */
function factsOf(media, now) {
  const segments =
    media.state === 'finalized'
      ? media.segmentsReceived === 0
        ? 'none (simple upload)'
        : `${media.segmentsReceived} (all)`
      : `${media.segmentsReceived} of ${media.segmentsExpected ?? '?'} (${formatBytes(media.bytesReceived)} of ${formatBytes(media.totalBytes)})`
  const processing = media.processing
    ? `${media.processing.state} ${media.processing.progressPercent}%` +
      (media.processing.error ? `: ${media.processing.error.name} (${media.processing.error.code}) ${media.processing.error.message}` : '')
    : 'none'
  const facts = [
    ['Type', `${media.kind}, ${media.mediaType}`],
    ['Category', media.category ?? 'none'],
    ['Size', media.state === 'finalized' ? formatBytes(media.bytesReceived) : `${formatBytes(media.totalBytes)} announced`],
    ['Segments', segments],
    ['State', media.state],
    ['Processing', processing],
    ['Expires in', formatCountdown(media.expiresAt - now)],
    ['Alt text', media.altText ?? 'none'],
    ['Subtitles', media.subtitles.length ? media.subtitles.map((s) => (s.label ? `${s.language} (${s.label})` : s.language)).join(', ') : 'none'],
  ]
  if (media.kind === 'image') facts.push(['EXIF', yesNo(media.exif)], ['GPS', yesNo(media.gps)])
  return facts
}

/** @param {any} media @param {((id: string) => string) | undefined} bytesUrl */
function previewOf(media, bytesUrl) {
  if (!bytesUrl || !media.hasBytes) return null
  const src = bytesUrl(media.id)
  if (media.kind === 'video') return el('video', { src, controls: '', preload: 'metadata', 'aria-label': `Video ${media.id}` })
  if (media.kind === 'image' || media.kind === 'gif') return el('img', { src, alt: altOf(media) })
  return null
}

/** The preview's text alternative: the media's own alt text, which arrives after its bytes. */
const altOf = (media) => media.altText ?? `Media ${media.id} (no alt text)`

/** @type {WeakMap<Element, Map<string, HTMLElement>>} */
const cards = new WeakMap()

/**
 * Renders the media of an inspector state into `root`; cards are kept by id, so a playing
 * video and a focused button survive the next update.
 * @param {HTMLElement} root
 * @param {{ now: number, media: any[] }} state
 * @param {{ bytesUrl?: (id: string) => string, onExpire?: (id: string) => void, clockOffset?: number }} [options]
 */
export function renderMedia(root, state, options = {}) {
  const offset = options.clockOffset ?? state.now - Date.now()
  const now = Date.now() + offset
  let list = root.querySelector('ul.media-list')
  if (!list) {
    root.replaceChildren()
    list = root.appendChild(el('ul', { class: 'media-list' }))
    cards.set(root, new Map())
  }
  const known = /** @type {Map<string, HTMLElement>} */ (cards.get(root))
  const empty = root.querySelector('p.empty')
  if (state.media.length === 0 && !empty) root.prepend(el('p', { class: 'empty' }, ['No media yet.']))
  if (state.media.length > 0) empty?.remove()
  const ids = new Set(state.media.map((media) => media.id))
  for (const [id, card] of known) if (!ids.has(id)) (card.remove(), known.delete(id))
  for (const media of state.media) {
    let card = known.get(media.id)
    if (!card) {
      const headingId = `media-${media.id}`
      card = el('li', { class: 'media', 'aria-labelledby': headingId, 'data-media-id': media.id }, [el('h3', { id: headingId }, [media.id]), el('dl')])
      if (options.onExpire) {
        const expire = el('button', { type: 'button', 'aria-describedby': headingId }, ['Expire now'])
        expire.addEventListener('click', () => options.onExpire?.(media.id))
        card.append(el('p', {}, [expire]))
      }
      known.set(media.id, card)
    }
    list.append(card)
    const dl = /** @type {HTMLElement} */ (card.querySelector('dl'))
    dl.replaceChildren(...factsOf(media, now).flatMap(([term, text]) => [el('dt', {}, [term]), el('dd', { 'data-fact': term }, [text])]))
    dl.dataset.expiresAt = String(media.expiresAt - offset)
    dl.classList.toggle('failed', media.processing?.state === 'failed')
    if (!card.querySelector('.preview')) {
      const preview = previewOf(media, options.bytesUrl)
      if (preview) card.insertBefore(el('div', { class: 'preview' }, [preview]), card.querySelector('dl'))
    }
    card.querySelector('.preview img')?.setAttribute('alt', altOf(media))
  }
}

/**
 * Renders request log entries (newest first) into `root` as a table.
 * @param {HTMLElement} root @param {any[]} entries
 */
export function renderRequests(root, entries) {
  if (entries.length === 0) {
    root.replaceChildren(el('p', { class: 'empty' }, ['No requests.']))
    return
  }
  const head = el('tr', {}, ['#', 'Time', 'Method', 'Path', 'Status', 'Media id', 'Error body'].map((name) => el('th', { scope: 'col' }, [name])))
  const rows = [...entries].reverse().map((entry) =>
    el('tr', {}, [
      el('td', {}, [String(entry.seq)]),
      el('td', {}, [new Date(entry.time).toISOString().slice(11, 23)]),
      el('td', {}, [entry.method]),
      el('td', {}, [entry.path]),
      el('td', {}, [entry.status === 0 ? `no answer (${entry.outcome ?? 'dropped'})` : String(entry.status)]),
      el('td', {}, [entry.mediaId ?? '']),
      el('td', {}, entry.errorBody ? [el('pre', {}, [entry.errorBody])] : []),
    ]),
  )
  root.replaceChildren(el('table', {}, [el('caption', {}, [`${entries.length} requests`]), el('thead', {}, [head]), el('tbody', {}, rows)]))
}

/** Updates the countdowns of rendered cards without a new state. @param {HTMLElement} root */
export function tickCountdowns(root) {
  for (const dl of root.querySelectorAll('dl[data-expires-at]')) {
    const fact = dl.querySelector('[data-fact="Expires in"]')
    if (fact) fact.textContent = formatCountdown(Number(/** @type {HTMLElement} */ (dl).dataset.expiresAt) - Date.now())
  }
}

/** Runs the page: the live feed, the controls and the request filter. */
function startPage() {
  const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id))
  const status = $('connection')
  const form = /** @type {HTMLFormElement} */ ($('scenario'))
  const filter = /** @type {HTMLInputElement} */ ($('requests-filter'))
  let state = null
  let clockOffset = 0

  const post = async (action, body = {}) => {
    const response = await fetch(`api/${action}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    const answer = await response.json()
    if (!response.ok) status.textContent = `Refused: ${answer.error?.message ?? response.status}`
    else show(answer)
  }
  const renderLog = () => {
    const wanted = filter.value.trim()
    renderRequests($('requests'), wanted ? state.requests.filter((entry) => entry.mediaId === wanted) : state.requests)
  }
  const fillForm = (scenario) => {
    if (form.contains(document.activeElement) && document.activeElement !== form.elements.namedItem('offline')) return
    const field = (name) => /** @type {HTMLInputElement} */ (form.elements.namedItem(name))
    field('latencyMs').value = typeof scenario.latencyMs === 'number' ? String(scenario.latencyMs) : '0'
    field('appendFailureRate').value = String(scenario.appendFailureRate ?? 0)
    field('dropConnectionRate').value = String(scenario.dropConnectionRate ?? 0)
    field('rateLimit').value = scenario.rateLimit ? String(scenario.rateLimit.afterRequests) : ''
    field('offline').checked = scenario.offline === true
  }
  const show = (next) => {
    state = next
    clockOffset = next.now - Date.now()
    status.textContent = `Live: ${next.media.length} media, ${next.scenario.offline ? 'offline' : 'online'}${next.failNextProcessing ? ', the next processing fails' : ''}.`
    renderMedia($('media'), next, { clockOffset, bytesUrl: (id) => `media/${encodeURIComponent(id)}/bytes`, onExpire: (id) => post(`media/${encodeURIComponent(id)}/expire`) })
    renderLog()
    fillForm(next.scenario)
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const data = new FormData(form)
    const rateLimit = String(data.get('rateLimit') ?? '').trim()
    void post('scenario', {
      latencyMs: Number(data.get('latencyMs') || 0),
      appendFailureRate: Number(data.get('appendFailureRate') || 0),
      dropConnectionRate: Number(data.get('dropConnectionRate') || 0),
      rateLimit: rateLimit === '' ? null : { afterRequests: Number(rateLimit) },
      offline: data.get('offline') === 'on',
    })
  })
  form.elements.namedItem('offline')?.addEventListener('change', () => form.requestSubmit())
  $('fail-next').addEventListener('click', () => void post('fail-next-processing'))
  $('reset').addEventListener('click', () => void post('reset'))
  filter.addEventListener('input', () => state && renderLog())

  const events = new EventSource('api/events')
  events.addEventListener('state', (event) => show(JSON.parse(/** @type {MessageEvent} */ (event).data)))
  events.addEventListener('error', () => (status.textContent = 'Disconnected; retrying…'))
  setInterval(() => tickCountdowns($('media')), 1000)
}

if (typeof document !== 'undefined' && document.body?.hasAttribute('data-inspector-page')) startPage()
