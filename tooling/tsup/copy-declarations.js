#!/usr/bin/env node
// `stadtkern-copy-declarations`: run after tsup in a package's build script (see index.js).
import { copyDeclarations } from './index.js';

await copyDeclarations();
