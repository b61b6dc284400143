'use strict';
// How many colors the terminal described by an environment shows, as Node's
// tty.WriteStream#getColorDepth answers it: 1 (no color), 4 (16 colors),
// 8 (256) or 24 (true color). The console colors its output when this is
// more than 2: always under FORCE_COLOR, and for kiln's process.stdout and
// stderr, which have no getColorDepth of their own yet.

const uncurry = (fn) => Function.prototype.call.bind(fn);
const RegExpPrototypeTest = uncurry(RegExp.prototype.test);
const StringPrototypeToLowerCase = uncurry(String.prototype.toLowerCase);
const StringPrototypeSplit = uncurry(String.prototype.split);

const kNoColor = 1;
const k16 = 4;
const k256 = 8;
const kTrueColor = 24;

// Terminals known by name, and those known by a part of it.
const kTerms = {
  __proto__: null,
  'eterm': k16,
  'cons25': k16,
  'console': k16,
  'cygwin': k16,
  'dtterm': k16,
  'gnome': k16,
  'hurd': k16,
  'jfbterm': k16,
  'konsole': k16,
  'kterm': k16,
  'mlterm': k16,
  'mosh': kTrueColor,
  'putty': k16,
  'st': k16,
  'rxvt-unicode-24bit': kTrueColor,
  'terminator': kTrueColor,
  'xterm-kitty': kTrueColor,
};
const kTermPatterns = [/ansi/, /color/, /linux/, /direct/, /^con[0-9]*x[0-9]/, /^rxvt/, /^screen/,
  /^xterm/, /^vt100/, /^vt220/];

let warnedDeactivated = false;

// FORCE_COLOR wins over NODE_DISABLE_COLORS and NO_COLOR; Node says so,
// once per process.
function warnIfDeactivated(env) {
  if (warnedDeactivated) return;
  let names = '';
  if (env.NODE_DISABLE_COLORS) names = 'NODE_DISABLE_COLORS';
  if (env.NO_COLOR) names += names ? "' and 'NO_COLOR" : 'NO_COLOR';
  if (!names) return;
  warnedDeactivated = true;
  process.emitWarning(`The '${names}' env is ignored due to the 'FORCE_COLOR' env being set.`, 'Warning');
}

function colorDepth(env) {
  if (env.FORCE_COLOR !== undefined) {
    switch (env.FORCE_COLOR) {
      case '':
      case '1':
      case 'true':
        warnIfDeactivated(env);
        return k16;
      case '2':
        warnIfDeactivated(env);
        return k256;
      case '3':
        warnIfDeactivated(env);
        return kTrueColor;
      default:
        return kNoColor;
    }
  }
  if (env.NODE_DISABLE_COLORS || env.NO_COLOR || env.TERM === 'dumb') return kNoColor;
  if (env.TMUX) return kTrueColor;
  if ('CI' in env) {
    if ('GITHUB_ACTIONS' in env || 'GITEA_ACTIONS' in env || 'CIRCLECI' in env) return kTrueColor;
    if ('TRAVIS' in env || 'APPVEYOR' in env || 'GITLAB_CI' in env || 'BUILDKITE' in env ||
        'DRONE' in env || env.CI_NAME === 'codeship') {
      return k256;
    }
    return kNoColor;
  }
  if ('TEAMCITY_VERSION' in env) {
    return RegExpPrototypeTest(/^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/, env.TEAMCITY_VERSION) ? k16 : kNoColor;
  }
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      if (!env.TERM_PROGRAM_VERSION || +StringPrototypeSplit(env.TERM_PROGRAM_VERSION, '.')[0] < 3) return k256;
      return kTrueColor;
    case 'HyperTerm':
    case 'MacTerm':
      return kTrueColor;
    case 'Apple_Terminal':
      return k256;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return kTrueColor;
  if (env.TERM) {
    if (RegExpPrototypeTest(/^xterm-256/, env.TERM)) return k256;
    const term = StringPrototypeToLowerCase(env.TERM);
    if (kTerms[term] !== undefined) return kTerms[term];
    for (let i = 0; i < kTermPatterns.length; i++) {
      if (RegExpPrototypeTest(kTermPatterns[i], term)) return k16;
    }
  }
  if (env.COLORTERM) return k16;
  return kNoColor;
}

module.exports = { colorDepth };
