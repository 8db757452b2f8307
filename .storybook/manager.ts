// The manager's own addons: the media mock panel (what the story's mock of X received).
import './media-inspector/register'
