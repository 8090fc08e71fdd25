// The prebuilt file for a plain <script type="module">: every behaviour, started on the whole document.
import { start } from '../src/index.js';

if (document.readyState === 'loading')
  document.addEventListener('DOMContentLoaded', () => start(), { once: true });
else start();
