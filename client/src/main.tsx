/**
 * Entry point: the bundled CJK font, styles, the app. One weight of Noto Sans SC serves text,
 * headings and canvas labels; a second weight would double the font's stylesheet and slices.
 */
import '@fontsource/noto-sans-sc/400.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './views/App.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('Explorer: the page has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
