'use strict';
// The readline Interface shared by node:readline (callbacks) and
// node:readline/promises: line splitting of a readable input, and in
// terminal mode a line editor (cursor keys, history, kill ring, undo, tab
// completion) that redraws itself on the output with escape sequences.

const EventEmitter = require('events');
const {
  CSI,
  charLengthAt,
  charLengthLeft,
  commonPrefix,
  kSubstringSearch,
} = require('internal/readline/utils');
const { clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');
const { emitKeypressEvents } = require('internal/readline/emitKeypressEvents');
const {
  validateArray,
  validateNumber,
  validateString,
  validateUint32,
} = require('internal/validators');
const { validateAbortSignal } = require('internal/abort_controller');

let errorCodes;
const codes = () => (errorCodes ??= require('internal/errors').codes);
let inspectModule;
const lazyInspect = () => (inspectModule ??= require('internal/util/inspect'));

const kWatermarkData = Symbol.for('nodejs.watermarkData');
const kHistorySize = 30;
const kMinCrlfDelay = 100;
const kMaxUndoRedoStackSize = 2048;
const kMaxLengthOfKillRing = 32;
// \r\n, \n, a \r not followed by \n, and the Unicode line and paragraph
// separators.
const lineEnding = /\r?\n|\r(?!\n)|\u2028|\u2029/g;

const kAddHistory = Symbol('_addHistory');
const kBeforeEdit = Symbol('_beforeEdit');
const kCloseByKey = Symbol('_closeByKey');
const kDecoder = Symbol('_decoder');
const kDeleteLeft = Symbol('_deleteLeft');
const kDeleteLineLeft = Symbol('_deleteLineLeft');
const kDeleteLineRight = Symbol('_deleteLineRight');
const kDeleteRight = Symbol('_deleteRight');
const kDeleteWordLeft = Symbol('_deleteWordLeft');
const kDeleteWordRight = Symbol('_deleteWordRight');
const kGetDisplayPos = Symbol('_getDisplayPos');
const kHistoryNext = Symbol('_historyNext');
const kHistoryPrev = Symbol('_historyPrev');
const kInsertString = Symbol('_insertString');
const kLine = Symbol('_line');
const kLineBuffer = Symbol('_line_buffer');
const kLineObjectStream = Symbol('line object stream');
const kMoveCursor = Symbol('_moveCursor');
const kNormalWrite = Symbol('_normalWrite');
const kOldPrompt = Symbol('_oldPrompt');
const kOnLine = Symbol('_onLine');
const kPreviousKey = Symbol('_previousKey');
const kPrompt = Symbol('_prompt');
const kPushToKillRing = Symbol('_pushToKillRing');
const kPushToUndoStack = Symbol('_pushToUndoStack');
const kQuestion = Symbol('_question');
const kQuestionCallback = Symbol('_questionCallback');
const kQuestionCancel = Symbol('_questionCancel');
const kQuestionReject = Symbol('_questionReject');
const kRedo = Symbol('_redo');
const kRedoStack = Symbol('_redoStack');
const kRefreshLine = Symbol('_refreshLine');
const kSawReturnAt = Symbol('_sawReturnAt');
const kSetRawMode = Symbol('_setRawMode');
const kTabComplete = Symbol('_tabComplete');
const kTabCompleter = Symbol('_tabCompleter');
const kTtyWrite = Symbol('_ttyWrite');
const kUndo = Symbol('_undo');
const kUndoStack = Symbol('_undoStack');
const kWordLeft = Symbol('_wordLeft');
const kWordRight = Symbol('_wordRight');
const kWriteToOutput = Symbol('_writeToOutput');
const kYank = Symbol('_yank');
const kYanking = Symbol('_yanking');
const kYankPop = Symbol('_yankPop');
const kKillRing = Symbol('_killRing');
const kKillRingCursor = Symbol('_killRingCursor');
const kOnSelfCloseWithTerminal = Symbol('_onSelfCloseWithTerminal');
const kOnSelfCloseWithoutTerminal = Symbol('_onSelfCloseWithoutTerminal');
const kOnKeyPress = Symbol('_onKeyPress');
const kOnError = Symbol('_onError');
const kOnData = Symbol('_onData');
const kOnEnd = Symbol('_onEnd');
const kOnTermEnd = Symbol('_onTermEnd');
const kOnResize = Symbol('_onResize');

function reverseString(s) {
  let out = '';
  for (const ch of s) out = ch + out;
  return out;
}

// The constructor body shared by readline.Interface (a function that may
// be called without new) and the classes built on InterfaceConstructor.
function InterfaceConstructor(input, output, completer, terminal) {
  EventEmitter.call(this);
  this[kOnSelfCloseWithoutTerminal] = undefined;
  this[kOnSelfCloseWithTerminal] = undefined;

  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;

  if (input?.input) {
    // An options object.
    output = input.output;
    completer = input.completer;
    terminal = input.terminal;
    history = input.history;
    historySize = input.historySize;
    signal = input.signal;
    const tabSize = input.tabSize;
    if (tabSize !== undefined) validateUint32(tabSize, 'tabSize', true);
    this.tabSize = tabSize ?? 8;
    removeHistoryDuplicates = input.removeHistoryDuplicates;
    if (input.prompt !== undefined) prompt = input.prompt;
    const escapeCodeTimeout = input.escapeCodeTimeout;
    if (escapeCodeTimeout !== undefined) {
      if (typeof escapeCodeTimeout !== 'number' || !Number.isFinite(escapeCodeTimeout) || escapeCodeTimeout <= 0) {
        throw new (codes().ERR_INVALID_ARG_VALUE)('input.escapeCodeTimeout', escapeCodeTimeout);
      }
      this.escapeCodeTimeout = escapeCodeTimeout;
    } else {
      this.escapeCodeTimeout = 500;
    }
    if (signal) validateAbortSignal(signal, 'options.signal');
    crlfDelay = input.crlfDelay;
    input = input.input;
  } else {
    this.tabSize = 8;
    this.escapeCodeTimeout = 500;
  }

  if (completer !== undefined && typeof completer !== 'function') {
    throw new (codes().ERR_INVALID_ARG_VALUE)('completer', completer);
  }
  if (history === undefined) history = [];
  else validateArray(history, 'history');
  if (historySize === undefined) historySize = kHistorySize;
  validateNumber(historySize, 'historySize', 0);

  // Without a setting, terminal mode follows whether output is a TTY.
  if (terminal === undefined && !(output === null || output === undefined)) terminal = !!output.isTTY;

  this.line = '';
  this[kSubstringSearch] = null;
  this.output = output;
  this.input = input;
  this[kUndoStack] = [];
  this[kRedoStack] = [];
  this.history = history;
  this.historySize = historySize;
  this[kKillRing] = [];
  this[kKillRingCursor] = 0;
  this.removeHistoryDuplicates = !!removeHistoryDuplicates;
  this.crlfDelay = crlfDelay ? Math.max(kMinCrlfDelay, crlfDelay) : kMinCrlfDelay;
  this.completer = completer;
  this.setPrompt(prompt);
  this.terminal = !!terminal;
  this[kLineObjectStream] = undefined;
  this[kQuestionCallback] = null;
  this[kQuestionReject] = null;
  this[kOldPrompt] = '';
  this[kLineBuffer] = null;
  this[kSawReturnAt] = 0;
  this[kPreviousKey] = null;
  this[kYanking] = false;
  this.isCompletionEnabled = true;
  this.closed = false;
  this.paused = false;
  this.cursor = 0;
  this.historyIndex = -1;
  this.prevRows = 0;

  const self = this;
  this[kOnError] = function onerror(err) {
    self.emit('error', err);
  };
  this[kOnData] = function ondata(data) {
    self[kNormalWrite](data);
  };
  this[kOnEnd] = function onend() {
    if (typeof self[kLineBuffer] === 'string' && self[kLineBuffer].length > 0) {
      self.emit('line', self[kLineBuffer]);
    }
    self.close();
  };
  this[kOnTermEnd] = function ontermend() {
    if (typeof self.line === 'string' && self.line.length > 0) self.emit('line', self.line);
    self.close();
  };
  this[kOnKeyPress] = function onkeypress(s, key) {
    self[kTtyWrite](s, key);
    if (key && key.sequence) {
      // The sequence may be the start of a surrogate pair whose second
      // half never comes: do not treat what follows as a paste.
      const ch = key.sequence.codePointAt(0);
      if (ch >= 0xd800 && ch <= 0xdfff) self[kRefreshLine]();
    }
  };
  this[kOnResize] = function onresize() {
    self[kRefreshLine]();
  };

  input.on('error', this[kOnError]);

  if (!this.terminal) {
    const { StringDecoder } = require('string_decoder');
    this[kDecoder] = new StringDecoder('utf8');
    input.on('data', this[kOnData]);
    input.on('end', this[kOnEnd]);
    this[kOnSelfCloseWithoutTerminal] = function() {
      input.removeListener('data', self[kOnData]);
      input.removeListener('error', self[kOnError]);
      input.removeListener('end', self[kOnEnd]);
    };
    this.once('close', this[kOnSelfCloseWithoutTerminal]);
  } else {
    emitKeypressEvents(input, this);
    input.on('keypress', this[kOnKeyPress]);
    input.on('end', this[kOnTermEnd]);
    this[kSetRawMode](true);
    this.terminal = true;
    if (output !== null && output !== undefined) output.on('resize', this[kOnResize]);
    this[kOnSelfCloseWithTerminal] = function() {
      input.removeListener('keypress', self[kOnKeyPress]);
      input.removeListener('error', self[kOnError]);
      input.removeListener('end', self[kOnTermEnd]);
      if (output !== null && output !== undefined) output.removeListener('resize', self[kOnResize]);
    };
    this.once('close', this[kOnSelfCloseWithTerminal]);
  }

  if (signal) {
    const onAborted = () => self.close();
    if (signal.aborted) {
      process.nextTick(onAborted);
    } else {
      signal.addEventListener('abort', onAborted, { once: true });
      self.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }

  // The input may have been paused before the interface took it.
  input.resume();
}
Object.setPrototypeOf(InterfaceConstructor.prototype, EventEmitter.prototype);
Object.setPrototypeOf(InterfaceConstructor, EventEmitter);

class Interface extends InterfaceConstructor {
  // eslint-disable-next-line no-useless-constructor
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  get columns() {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  }

  setPrompt(prompt) {
    this[kPrompt] = prompt;
  }

  getPrompt() {
    return this[kPrompt];
  }

  [kSetRawMode](mode) {
    const wasInRawMode = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    return wasInRawMode;
  }

  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this[kRefreshLine]();
    } else {
      this[kWriteToOutput](this[kPrompt]);
    }
  }

  [kQuestion](query, cb) {
    if (this.closed) throw new (codes().ERR_USE_AFTER_CLOSE)('readline');
    if (this[kQuestionCallback]) {
      this.prompt();
    } else {
      this[kOldPrompt] = this[kPrompt];
      this.setPrompt(query);
      this[kQuestionCallback] = cb;
      this.prompt();
    }
  }

  [kOnLine](line) {
    if (this[kQuestionCallback]) {
      const cb = this[kQuestionCallback];
      this[kQuestionCallback] = null;
      this[kQuestionReject] = null;
      this.setPrompt(this[kOldPrompt]);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  [kQuestionCancel]() {
    if (this[kQuestionCallback]) {
      this[kQuestionCallback] = null;
      this[kQuestionReject] = null;
      this.setPrompt(this[kOldPrompt]);
      this.clearLine();
    }
  }

  [kWriteToOutput](stringToWrite) {
    validateString(stringToWrite, 'stringToWrite');
    if (this.output !== null && this.output !== undefined) this.output.write(stringToWrite);
  }

  [kAddHistory]() {
    if (this.line.length === 0) return '';
    // Nothing is kept when history is off.
    if (this.historySize === 0) return this.line;
    // Nor lines of only white space.
    if (this.line.trim().length === 0) return this.line;

    if (this.history.length === 0 || this.history[0] !== this.line) {
      if (this.removeHistoryDuplicates) {
        const dupIndex = this.history.indexOf(this.line);
        if (dupIndex !== -1) this.history.splice(dupIndex, 1);
      }
      this.history.unshift(this.line);
      if (this.history.length > this.historySize) this.history.pop();
    }
    this.historyIndex = -1;

    // The listener may change the history; the line stays what it was.
    const line = this.history[0];
    this.emit('history', this.history);
    return line;
  }

  [kRefreshLine]() {
    const line = this[kPrompt] + this.line;
    const dispPos = this[kGetDisplayPos](line);
    const lineCols = dispPos.cols;
    const lineRows = dispPos.rows;
    const cursorPos = this.getCursorPos();

    // Up to the first row of what was drawn, to its left edge, and erase.
    const prevRows = this.prevRows || 0;
    if (prevRows > 0) moveCursor(this.output, 0, -prevRows);
    cursorTo(this.output, 0);
    clearScreenDown(this.output);

    this[kWriteToOutput](line);
    // A line that ends exactly at the right edge: make the terminal wrap.
    if (lineCols === 0) this[kWriteToOutput](' ');

    cursorTo(this.output, cursorPos.cols);
    const diff = lineRows - cursorPos.rows;
    if (diff > 0) moveCursor(this.output, 0, -diff);
    this.prevRows = cursorPos.rows;
  }

  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this[kSetRawMode](false);
    this.closed = true;
    this.emit('close');
  }

  // ctrl+c and ctrl+d close the interface; a pending promise question
  // (readline/promises) is rejected first. A plain close() leaves it be.
  [kCloseByKey](keyName) {
    const reject = this[kQuestionReject];
    if (reject) {
      this[kQuestionReject] = null;
      const { AbortError } = require('internal/errors');
      reject(new AbortError(`Aborted with ${keyName}`));
    }
    this.close();
  }

  pause() {
    if (this.closed) throw new (codes().ERR_USE_AFTER_CLOSE)('readline');
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (this.closed) throw new (codes().ERR_USE_AFTER_CLOSE)('readline');
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  write(d, key) {
    if (this.closed) throw new (codes().ERR_USE_AFTER_CLOSE)('readline');
    if (this.paused) this.resume();
    if (this.terminal) this[kTtyWrite](d, key);
    else this[kNormalWrite](d);
  }

  [kNormalWrite](b) {
    if (b === undefined) return;
    let string = this[kDecoder].write(b);
    // A \n right after a \r that ended the previous chunk (within
    // crlfDelay) belongs to that line ending.
    if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
      if (string.codePointAt(0) === 10) string = string.slice(1);
      this[kSawReturnAt] = 0;
    }

    lineEnding.lastIndex = 0;
    let match = lineEnding.exec(string);
    if (match === null) {
      if (string) {
        if (this[kLineBuffer]) this[kLineBuffer] += string;
        else this[kLineBuffer] = string;
      }
      return;
    }
    if (this[kLineBuffer]) {
      string = this[kLineBuffer] + string;
      this[kLineBuffer] = null;
      lineEnding.lastIndex = 0;
      match = lineEnding.exec(string);
    }
    this[kSawReturnAt] = string.endsWith('\r') ? Date.now() : 0;

    // Start and end of every line ending, found before any listener runs
    // (a listener may write to this interface again).
    const bounds = [0, match.index, lineEnding.lastIndex];
    while ((match = lineEnding.exec(string)) !== null) bounds.push(match.index, lineEnding.lastIndex);
    const last = bounds.length - 1;
    this[kLineBuffer] = string.slice(bounds[last]);
    for (let i = 1; i < last; i += 2) {
      this[kOnLine](string.slice(bounds[i - 1], bounds[i]));
      if (this.closed) return;
    }
  }

  [kInsertString](c) {
    this[kBeforeEdit](this.line, this.cursor);
    if (this.cursor < this.line.length) {
      const beg = this.line.slice(0, this.cursor);
      const end = this.line.slice(this.cursor);
      this.line = beg + c + end;
      this.cursor += c.length;
      this[kRefreshLine]();
    } else {
      const oldPos = this.getCursorPos();
      this.line += c;
      this.cursor += c.length;
      const newPos = this.getCursorPos();
      if (oldPos.rows < newPos.rows) this[kRefreshLine]();
      else this[kWriteToOutput](c);
    }
  }

  async [kTabComplete](lastKeypressWasTab) {
    this.pause();
    const string = this.line.slice(0, this.cursor);
    let value;
    try {
      value = await this.completer(string);
    } catch (err) {
      this[kWriteToOutput](`Tab completion error: ${lazyInspect().inspect(err)}`);
      return;
    } finally {
      this.resume();
    }
    this[kTabCompleter](lastKeypressWasTab, value);
  }

  [kTabCompleter](lastKeypressWasTab, { 0: completions, 1: completeOn }) {
    if (!completions || completions.length === 0) return;

    // Insert what all the matches share.
    const prefix = commonPrefix(completions.filter((e) => e !== ''));
    if (prefix.startsWith(completeOn) && prefix.length > completeOn.length) {
      this[kInsertString](prefix.slice(completeOn.length));
      return;
    } else if (!completeOn.startsWith(prefix)) {
      this.line = this.line.slice(0, this.cursor - completeOn.length) + prefix +
        this.line.slice(this.cursor, this.line.length);
      this.cursor = this.cursor - completeOn.length + prefix.length;
      this[kRefreshLine]();
      return;
    }

    if (!lastKeypressWasTab) return;
    this[kBeforeEdit](this.line, this.cursor);

    // A second tab lists the matches in columns; '' starts a new group.
    const { getStringWidth } = lazyInspect();
    const widths = completions.map((e) => getStringWidth(e));
    const width = Math.max(...widths) + 2;
    let maxColumns = Math.floor(this.columns / width) || 1;
    if (maxColumns === Infinity) maxColumns = 1;
    let output = '\r\n';
    let lineIndex = 0;
    let whitespace = 0;
    for (let i = 0; i < completions.length; i++) {
      const completion = completions[i];
      if (completion === '' || lineIndex === maxColumns) {
        output += '\r\n';
        lineIndex = 0;
        whitespace = 0;
      } else {
        output += ' '.repeat(whitespace);
      }
      if (completion !== '') {
        output += completion;
        whitespace = width - widths[i];
        lineIndex++;
      } else {
        output += '\r\n';
      }
    }
    if (lineIndex !== 0) output += '\r\n\r\n';
    this[kWriteToOutput](output);
    this[kRefreshLine]();
  }

  [kWordLeft]() {
    if (this.cursor > 0) {
      // Matched on the reversed text, so the regexp runs from the cursor.
      const reversed = reverseString(this.line.slice(0, this.cursor));
      const match = /^\s*(?:[^\w\s]+|\w+)?/.exec(reversed);
      this[kMoveCursor](-match[0].length);
    }
  }

  [kWordRight]() {
    if (this.cursor < this.line.length) {
      const trailing = this.line.slice(this.cursor);
      const match = /^(?:\s+|[^\w\s]+|\w+)\s*/.exec(trailing);
      this[kMoveCursor](match[0].length);
    }
  }

  [kDeleteLeft]() {
    if (this.cursor > 0 && this.line.length > 0) {
      this[kBeforeEdit](this.line, this.cursor);
      const charSize = charLengthLeft(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor - charSize) + this.line.slice(this.cursor, this.line.length);
      this.cursor -= charSize;
      this[kRefreshLine]();
    }
  }

  [kDeleteRight]() {
    if (this.cursor < this.line.length) {
      this[kBeforeEdit](this.line, this.cursor);
      const charSize = charLengthAt(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + charSize, this.line.length);
      this[kRefreshLine]();
    }
  }

  [kDeleteWordLeft]() {
    if (this.cursor > 0) {
      this[kBeforeEdit](this.line, this.cursor);
      let leading = this.line.slice(0, this.cursor);
      const match = /^\s*(?:[^\w\s]+|\w+)?/.exec(reverseString(leading));
      leading = leading.slice(0, leading.length - match[0].length);
      this.line = leading + this.line.slice(this.cursor, this.line.length);
      this.cursor = leading.length;
      this[kRefreshLine]();
    }
  }

  [kDeleteWordRight]() {
    if (this.cursor < this.line.length) {
      this[kBeforeEdit](this.line, this.cursor);
      const trailing = this.line.slice(this.cursor);
      const match = /^(?:\s+|\W+|\w+)\s*/.exec(trailing);
      this.line = this.line.slice(0, this.cursor) + trailing.slice(match[0].length);
      this[kRefreshLine]();
    }
  }

  [kDeleteLineLeft]() {
    this[kBeforeEdit](this.line, this.cursor);
    const del = this.line.slice(0, this.cursor);
    this.line = this.line.slice(this.cursor);
    this.cursor = 0;
    this[kPushToKillRing](del);
    this[kRefreshLine]();
  }

  [kDeleteLineRight]() {
    this[kBeforeEdit](this.line, this.cursor);
    const del = this.line.slice(this.cursor);
    this.line = this.line.slice(0, this.cursor);
    this[kPushToKillRing](del);
    this[kRefreshLine]();
  }

  [kPushToKillRing](del) {
    if (!del || del === this[kKillRing][0]) return;
    this[kKillRing].unshift(del);
    this[kKillRingCursor] = 0;
    while (this[kKillRing].length > kMaxLengthOfKillRing) this[kKillRing].pop();
  }

  [kYank]() {
    if (this[kKillRing].length > 0) {
      this[kYanking] = true;
      this[kInsertString](this[kKillRing][this[kKillRingCursor]]);
    }
  }

  [kYankPop]() {
    if (!this[kYanking]) return;
    if (this[kKillRing].length > 1) {
      const lastYank = this[kKillRing][this[kKillRingCursor]];
      this[kKillRingCursor]++;
      if (this[kKillRingCursor] >= this[kKillRing].length) this[kKillRingCursor] = 0;
      const currentYank = this[kKillRing][this[kKillRingCursor]];
      const head = this.line.slice(0, this.cursor - lastYank.length);
      const tail = this.line.slice(this.cursor);
      this.line = head + currentYank + tail;
      this.cursor = head.length + currentYank.length;
      this[kRefreshLine]();
    }
  }

  clearLine() {
    this[kMoveCursor](+Infinity);
    this[kWriteToOutput]('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  }

  [kLine]() {
    const line = this[kAddHistory]();
    this[kUndoStack] = [];
    this[kRedoStack] = [];
    this.clearLine();
    this[kOnLine](line);
  }

  [kPushToUndoStack](text, cursor) {
    if (this[kUndoStack].push({ text, cursor }) > kMaxUndoRedoStackSize) this[kUndoStack].shift();
  }

  [kBeforeEdit](oldText, oldCursor) {
    this[kPushToUndoStack](oldText, oldCursor);
  }

  [kUndo]() {
    if (this[kUndoStack].length <= 0) return;
    this[kRedoStack].push({ text: this.line, cursor: this.cursor });
    const entry = this[kUndoStack].pop();
    this.line = entry.text;
    this.cursor = entry.cursor;
    this[kRefreshLine]();
  }

  [kRedo]() {
    if (this[kRedoStack].length <= 0) return;
    this[kUndoStack].push({ text: this.line, cursor: this.cursor });
    const entry = this[kRedoStack].pop();
    this.line = entry.text;
    this.cursor = entry.cursor;
    this[kRefreshLine]();
  }

  // Up: the previous history entry that starts with what was typed before
  // the cursor when the search began, skipping one equal to the line.
  [kHistoryPrev]() {
    if (this.historyIndex < this.history.length && this.history.length) {
      this[kBeforeEdit](this.line, this.cursor);
      const search = this[kSubstringSearch] || '';
      let index = this.historyIndex + 1;
      while (index < this.history.length &&
             ((search && !this.history[index].startsWith(search)) || this.line === this.history[index])) {
        index++;
      }
      this.line = index === this.history.length ? search : this.history[index];
      this.historyIndex = index;
      this.cursor = this.line.length;
      this[kRefreshLine]();
    }
  }

  [kHistoryNext]() {
    if (this.historyIndex >= 0) {
      this[kBeforeEdit](this.line, this.cursor);
      const search = this[kSubstringSearch] || '';
      let index = this.historyIndex - 1;
      while (index >= 0 && (!this.history[index].startsWith(search) || this.line === this.history[index])) {
        index--;
      }
      this.line = index === -1 ? search : this.history[index];
      this.historyIndex = index;
      this.cursor = this.line.length;
      this[kRefreshLine]();
    }
  }

  // Rows and columns that str takes on the terminal, from its start.
  [kGetDisplayPos](str) {
    const { getStringWidth, stripVTControlCharacters } = lazyInspect();
    let offset = 0;
    const col = this.columns;
    let rows = 0;
    str = stripVTControlCharacters(str);
    for (const char of str) {
      if (char === '\n') {
        // A newline always starts a row, even at offset 0 or infinite width.
        rows += Math.ceil(offset / col) || 1;
        offset = 0;
        continue;
      }
      if (char === '\t') {
        offset += this.tabSize - (offset % this.tabSize);
        continue;
      }
      const width = getStringWidth(char, false);
      if (width === 0 || width === 1) {
        offset += width;
      } else {
        // A wide character does not start in the last column.
        if ((offset + 1) % col === 0) offset++;
        offset += 2;
      }
    }
    const cols = offset % col;
    rows += (offset - cols) / col;
    return { cols, rows };
  }

  getCursorPos() {
    const strBeforeCursor = this[kPrompt] + this.line.slice(0, this.cursor);
    return this[kGetDisplayPos](strBeforeCursor);
  }

  [kMoveCursor](dx) {
    if (dx === 0) return;
    const oldPos = this.getCursorPos();
    this.cursor += dx;
    if (this.cursor < 0) this.cursor = 0;
    else if (this.cursor > this.line.length) this.cursor = this.line.length;
    const newPos = this.getCursorPos();
    if (oldPos.rows === newPos.rows) {
      moveCursor(this.output, newPos.cols - oldPos.cols, 0);
    } else {
      this[kRefreshLine]();
    }
  }

  // Terminal mode: one key (s is its text, key what the parser made of it).
  [kTtyWrite](s, key) {
    const previousKey = this[kPreviousKey];
    key = key || {};
    this[kPreviousKey] = key;
    if (!key.meta || key.name !== 'y') this[kYanking] = false;

    // Plain up and down search the history for what is left of the cursor.
    if ((key.name === 'up' || key.name === 'down') && !key.ctrl && !key.meta && !key.shift) {
      if (this[kSubstringSearch] === null) this[kSubstringSearch] = this.line.slice(0, this.cursor);
    } else if (this[kSubstringSearch] !== null) {
      this[kSubstringSearch] = null;
      if (this.history.length === this.historyIndex) this.historyIndex = -1;
    }

    // ctrl+_ undoes, ctrl+^ redoes.
    if (typeof key.sequence === 'string') {
      const c = key.sequence.codePointAt(0);
      if (c === 0x1f) {
        this[kUndo]();
        return;
      }
      if (c === 0x1e) {
        this[kRedo]();
        return;
      }
    }

    if (key.name === 'escape') return;

    if (key.ctrl && key.shift) {
      switch (key.name) {
        case 'backspace':
          this[kDeleteLineLeft]();
          break;
        case 'delete':
          this[kDeleteLineRight]();
          break;
      }
    } else if (key.ctrl) {
      switch (key.name) {
        case 'c':
          if (this.listenerCount('SIGINT') > 0) {
            this.emit('SIGINT');
          } else {
            this[kCloseByKey]('Ctrl+C');
          }
          break;
        case 'h':
          this[kDeleteLeft]();
          break;
        case 'd':
          // End of input on an empty line, else delete to the right.
          if (this.cursor === 0 && this.line.length === 0) {
            this[kCloseByKey]('Ctrl+D');
          } else if (this.cursor < this.line.length) {
            this[kDeleteRight]();
          }
          break;
        case 'u':
          this[kDeleteLineLeft]();
          break;
        case 'k':
          this[kDeleteLineRight]();
          break;
        case 'a':
          this[kMoveCursor](-Infinity);
          break;
        case 'e':
          this[kMoveCursor](+Infinity);
          break;
        case 'b':
          this[kMoveCursor](-charLengthLeft(this.line, this.cursor));
          break;
        case 'f':
          this[kMoveCursor](+charLengthAt(this.line, this.cursor));
          break;
        case 'l':
          cursorTo(this.output, 0, 0);
          clearScreenDown(this.output);
          this[kRefreshLine]();
          break;
        case 'n':
          this[kHistoryNext]();
          break;
        case 'p':
          this[kHistoryPrev]();
          break;
        case 'y':
          this[kYank]();
          break;
        case 'z':
          if (this.listenerCount('SIGTSTP') > 0) {
            this.emit('SIGTSTP');
          } else {
            process.once('SIGCONT', () => {
              // An abandoned interface raises nothing.
              if (!this.paused) {
                this.pause();
                this.emit('SIGCONT');
              }
              this[kSetRawMode](true);
              this[kRefreshLine]();
            });
            this[kSetRawMode](false);
            process.kill(process.pid, 'SIGTSTP');
          }
          break;
        case 'w':
        case 'backspace':
          this[kDeleteWordLeft]();
          break;
        case 'delete':
          this[kDeleteWordRight]();
          break;
        case 'left':
          this[kWordLeft]();
          break;
        case 'right':
          this[kWordRight]();
          break;
      }
    } else if (key.meta) {
      switch (key.name) {
        case 'b':
          this[kWordLeft]();
          break;
        case 'f':
          this[kWordRight]();
          break;
        case 'd':
        case 'delete':
          this[kDeleteWordRight]();
          break;
        case 'backspace':
          this[kDeleteWordLeft]();
          break;
        case 'y':
          this[kYankPop]();
          break;
      }
    } else {
      // A \r only matters when a \n comes right after it.
      if (this[kSawReturnAt] && key.name !== 'enter') this[kSawReturnAt] = 0;
      switch (key.name) {
        case 'return':
          this[kSawReturnAt] = Date.now();
          this[kLine]();
          break;
        case 'enter':
          // \n alone, or later than crlfDelay after a \r, ends a line.
          if (this[kSawReturnAt] === 0 || Date.now() - this[kSawReturnAt] > this.crlfDelay) this[kLine]();
          this[kSawReturnAt] = 0;
          break;
        case 'backspace':
          this[kDeleteLeft]();
          break;
        case 'delete':
          this[kDeleteRight]();
          break;
        case 'left':
          this[kMoveCursor](-charLengthLeft(this.line, this.cursor));
          break;
        case 'right':
          this[kMoveCursor](+charLengthAt(this.line, this.cursor));
          break;
        case 'home':
          this[kMoveCursor](-Infinity);
          break;
        case 'end':
          this[kMoveCursor](+Infinity);
          break;
        case 'up':
          this[kHistoryPrev]();
          break;
        case 'down':
          this[kHistoryNext]();
          break;
        case 'tab':
          if (typeof this.completer === 'function' && this.isCompletionEnabled) {
            const lastKeypressWasTab = previousKey && previousKey.name === 'tab';
            this[kTabComplete](lastKeypressWasTab);
            break;
          }
        // Falls through: without completion a tab is text.
        default:
          if (typeof s === 'string' && s) {
            // Pasted text may hold line endings: each ends a line.
            lineEnding.lastIndex = 0;
            let m;
            let lastIndex = 0;
            while ((m = lineEnding.exec(s)) !== null) {
              this[kInsertString](s.slice(lastIndex, m.index));
              ({ lastIndex } = lineEnding);
              this[kLine]();
              // kLine may have used the regexp.
              lineEnding.lastIndex = lastIndex;
            }
            this[kInsertString](s.slice(lastIndex));
          }
      }
    }
  }

  // Lines as an async iterator (events.on over 'line', ended by 'close');
  // past 1024 unread lines the input is paused.
  [Symbol.asyncIterator]() {
    if (this[kLineObjectStream] === undefined) {
      const inner = EventEmitter.on(this, 'line', { close: ['close'], highWaterMark: 1024 });
      const unwrap = (r) => (r.done ? r : { value: r.value[0], done: false });
      this[kLineObjectStream] = Object.setPrototypeOf({
        next() {
          return inner.next().then(unwrap);
        },
        return() {
          return inner.return();
        },
        throw(err) {
          return inner.throw(err);
        },
        [Symbol.asyncIterator]() {
          return this;
        },
        [kWatermarkData]: inner[kWatermarkData],
      }, Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype));
    }
    return this[kLineObjectStream];
  }
}

module.exports = {
  Interface,
  InterfaceConstructor,
  kAddHistory,
  kDecoder,
  kDeleteLeft,
  kDeleteLineLeft,
  kDeleteLineRight,
  kDeleteRight,
  kDeleteWordLeft,
  kDeleteWordRight,
  kGetDisplayPos,
  kHistoryNext,
  kHistoryPrev,
  kInsertString,
  kLine,
  kLineBuffer,
  kMoveCursor,
  kNormalWrite,
  kOldPrompt,
  kOnLine,
  kPreviousKey,
  kPrompt,
  kQuestion,
  kQuestionCallback,
  kQuestionCancel,
  kQuestionReject,
  kRefreshLine,
  kSawReturnAt,
  kSetRawMode,
  kTabComplete,
  kTabCompleter,
  kTtyWrite,
  kWordLeft,
  kWordRight,
  kWriteToOutput,
};
