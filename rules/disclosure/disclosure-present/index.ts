import {defineRule, STANDARD_FLAGS} from '@gazette-lint/core'
import {primaryFlag} from '../flags.js'
import {description, messages} from './messages.js'

export default defineRule(
  {id: 'disclosure-present', family: 'disclosure', severity: 'error', type: 'problem', fixable: false, description, messages},
  ({notice, profile, report}) => {
    const flag = primaryFlag(notice)
    if (!flag) {
      // 令 and 政府工作报告 carry no flag (CATALOG §2).
      if (notice.kind === 'order' || notice.kind === 'report') return
      // Printing the flag is a county's (or province's) habit: 国办发〔2016〕80号 has the 公开属性 decided at
      // drafting, not printed. Only a county whose gazettes print flags is asked for one.
      const printed = profile?.conventions?.flags?.printed
      if (!printed) return
      const example = profile.disclosureLiterals[0] ?? STANDARD_FLAGS[0]
      report({messageId: 'missing', data: {example, county: profile.county}, at: notice.anchors.afterDate})
      return
    }
    // A flag that is there but misplaced is disclosure-position's; only the extra ones are this rule's.
    for (const extra of notice.disclosureFlags) {
      if (extra === flag) continue
      report({messageId: 'duplicate', data: {flag: extra.text, first: flag.text, line: flag.position.start.line}, at: extra})
    }
  },
)
