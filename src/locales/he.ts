/**
 * Hebrew, written right to left. Importing this module makes `<vonage-meeting>` speak it
 * where Hebrew is asked for. Widths say פיקסלים, not px: a Latin unit after a number is
 * reordered by the bidirectional algorithm and reads "px 360".
 */
import { registerLocale, type Messages } from '../i18n/messages.js';

export const he: Messages = {
  title: 'פגישת וידאו',
  loading: 'הפגישה נטענת…',
  left: 'יצאת מהפגישה.',
  join: 'הצטרפות מחדש',
  dismiss: 'סגירה',
  tooSmall: 'רוחב הפגישה צריך להיות לפחות {min} פיקסלים: יש להרחיב אותה ב־{more} פיקסלים.',
  missing: 'בגודל הזה חסרים בפגישה: {features}. יש להרחיב אותה ל־{width} פיקסלים לפחות.',
  separator: ', ',
  unlisted: 'הדפדפן הזה אינו ברשימת הדפדפנים הנתמכים של הפגישה, ולכן ייתכן שחלק מהתכונות לא יפעלו.',
  unsupported: 'לא ניתן להפעיל את הפגישה בדפדפן הזה.',
  openInTab: 'פתיחת הפגישה בכרטיסייה חדשה',
  denied: 'הגישה למצלמה או למיקרופון חסומה באתר הזה. יש לאפשר אותה בהגדרות האתר בדפדפן ולאחר מכן לטעון מחדש את הדף.',
  'no-browser': 'יש לפתוח את הדף הזה בדפדפן אינטרנט.',
  'insecure-context': 'יש לפתוח את הדף הזה דרך https.',
  'no-media-devices': 'הדפדפן הזה לא יכול להשתמש כאן במצלמה או במיקרופון. יש להשתמש בגרסה עדכנית של Chrome, Edge, Firefox או Safari.',
  'no-webrtc': 'הדפדפן הזה לא יכול לקיים שיחות וידאו. יש להשתמש בגרסה עדכנית של Chrome, Edge או Firefox.',
  'os-too-old': 'יש לעדכן את המכשיר ל־iOS 14 ומעלה, או לפתוח את הפגישה ב־Safari.',
  'browser-too-old': 'יש לעדכן את הדפדפן או להשתמש ב־Chrome.',
  'browser-not-listed': 'יש להשתמש ב־Chrome, ב־Edge או ב־Firefox.',
  webview: 'יש לפתוח את הפגישה בדפדפן של המכשיר.',
  'missing-url': 'אין פגישה לפתוח.',
  'invalid-url': 'הקישור לפגישה אינו תקין.',
  'insecure-url': 'הקישור לפגישה אינו מאובטח (עליו להשתמש ב־https).',
  'host-not-allowed': 'לדף הזה אין הרשאה לפתוח פגישות מהכתובת הזו.',
  'invalid-room': 'לא ניתן היה לקרוא את חדר הפגישה הזה.',
  'room-unavailable': 'חדר הפגישה הזה כבר לא קיים.',
  'room-expired': 'התוקף של חדר הפגישה הזה פג.',
  'participant-unavailable': 'לחדר הפגישה הזה אין קישור עבורך.',
  'permissions-policy-blocked': 'הדף הזה לא מאפשר שימוש במצלמה או במיקרופון, ולכן הפגישה לא יכולה להשתמש בהם.',
  'csp-blocked': 'מדיניות Content-Security-Policy של הדף הזה לא מאפשרת את הפגישה. ההנחיה frame-src שלה צריכה לכלול את {origin}.',
  joinHint: 'הפגישה תבקש להשתמש במצלמה ובמיקרופון.',
  joinMeeting: 'הצטרפות לפגישה',
  docked: 'פגישה מעוגנת',
  undock: 'החזרה למקומה',
  returnToMeeting: 'חזרה לפגישה',
  leave: 'יציאה',
  expand: 'הרחבת הפגישה',
  collapse: 'כיווץ הפגישה',
  microphone: 'מיקרופון',
  video: 'וידאו',
  record: 'הקלטה',
  shareScreen: 'שיתוף מסך',
  reactions: 'תגובות',
  privacy: 'פרטיות',
  whiteboard: 'לוח לבן',
  watchTogether: 'צפייה משותפת',
  roundTable: 'שולחן עגול',
  endMeeting: 'סיום הפגישה',
};

registerLocale('he', he);
