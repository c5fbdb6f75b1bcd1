// A Meetings API room as POST /v1/meetings/rooms returns it (shared/reference/vonage-meetings.md).
// Its guest link is on meetings.vonage.com; the tests answer that host with a local
// stand-in page, so nothing leaves the machine.
export const room = {
  id: 'b3142c46-d1c1-4405-baa6-85683827ed69',
  display_name: 'Packaging test room',
  metadata: null,
  type: 'long_term',
  expires_at: '2099-01-24T16:19:13.518Z',
  recording_options: { auto_record: false, record_only_owner: false },
  meeting_code: '365658578',
  _links: {
    host_url: { href: 'https://meetings.vonage.com/?room_token=365658578&participant_token=secret-token' },
    guest_url: { href: 'https://meetings.vonage.com/365658578' },
  },
  created_at: '2023-01-17T16:19:13.518Z',
  is_available: true,
  expire_after_use: false,
  theme_id: null,
  initial_join_options: { microphone_state: 'off' },
  join_approval_level: 'none',
  ui_settings: { language: 'en' },
  available_features: { is_recording_available: true, is_chat_available: true, is_whiteboard_available: true, is_locale_switcher_available: true },
};
