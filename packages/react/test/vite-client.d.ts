// Stylesheet imports in tests are handled by Vite.
/// <reference types="vite/client" />
