import {lintTexts} from '@gazette-lint/engine'
const cases = {
  quotes100k: '>'.repeat(100000) + ' x\n',
  lists50k: '- '.repeat(50000) + 'x\n',
  brackets: '['.repeat(100000) + 'x' + ']'.repeat(100000) + '(u)\n',
  emph: '*'.repeat(50000) + 'x' + '*'.repeat(50000) + '\n',
  html: '<div>'.repeat(100000),
}
for (const [name, text] of Object.entries(cases)) {
  const t = Date.now()
  const [r] = await lintTexts([{path: name + '.md', text}], {config: {today: '2026-11-23'}})
  console.log(name, Date.now() - t, r.messages.filter(m => m.ruleId === 'fatal').map(m => m.reason))
}
