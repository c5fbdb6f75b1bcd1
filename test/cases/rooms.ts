/** Room objects shaped like the Meetings API's response (shared/reference/vonage-meetings.md). */
import type { MeetingRoom } from '../../src/index.js';

export const HOST_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.SECRET-HOST-TOKEN.sig';

/** A room whose links point at `base` (the test frame or the stand-in), valid for a day. */
export function room(base: string, overrides: Partial<MeetingRoom> = {}): MeetingRoom {
  const guest = new URL(base);
  const host = new URL(base);
  host.searchParams.set('room_token', '365658578');
  host.searchParams.set('participant_token', HOST_TOKEN);
  return {
    id: 'b3142c46-d1c1-4405-baa6-85683827ed69',
    display_name: 'Weekly sync',
    metadata: null,
    type: 'long_term',
    expires_at: new Date(Date.now() + 86_400_000).toISOString(),
    recording_options: { auto_record: false, record_only_owner: false },
    meeting_code: '365658578',
    _links: { host_url: { href: host.href }, guest_url: { href: guest.href } },
    created_at: new Date().toISOString(),
    is_available: true,
    expire_after_use: false,
    theme_id: null,
    initial_join_options: { microphone_state: 'off' },
    join_approval_level: 'none',
    ui_settings: { language: 'default' },
    ...overrides,
  };
}
