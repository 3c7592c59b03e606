#!/usr/bin/env node
// Writes docs/BYTECODE.md from the opcode table (needs a build: dist/).
'use strict';
const fs = require('fs');
const path = require('path');
const { bytecodeMarkdown } = require('../dist/bytecode/doc.js');
fs.writeFileSync(path.join(__dirname, '../docs/BYTECODE.md'), bytecodeMarkdown());
