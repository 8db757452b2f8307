// Fixture imports (`?url`) in browser tests are handled by Vite.
/// <reference types="vite/client" />
