import type {DisclosureFlag, Notice} from '@gazette-lint/core'

/**
 * The notice's own flag: the one right after the date, else the first one found. The disclosure rules
 * agree on it, so an extra flag is reported once (disclosure-present) and a misplaced one once
 * (disclosure-position).
 */
export function primaryFlag(notice: Notice): DisclosureFlag | undefined {
  return notice.disclosureFlags.find((flag) => flag.placement === 'after-date') ?? notice.disclosureFlags[0]
}
