import {countyOfIssuer, defineRule} from '@gazette-lint/core'
import {description, messages} from './messages.js'

export default defineRule(
  {id: 'profile-missing', family: 'profile', severity: 'info', type: 'suggestion', fixable: false, description, messages},
  ({notice, profile, report}) => {
    if (profile) return
    const at = notice.issuerHeader ?? notice.anchors.start
    if (notice.issuer) report({messageId: 'missing', data: {issuer: notice.issuer, county: countyOfIssuer(notice.issuer)}, at})
    else report({messageId: 'no-issuer', at})
  },
)
