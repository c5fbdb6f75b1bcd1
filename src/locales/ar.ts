/**
 * Arabic, written right to left. Importing this module makes `<vonage-meeting>` speak it
 * where Arabic is asked for. Widths say بكسل, not px: a Latin unit after a number is
 * reordered by the bidirectional algorithm and reads "px 360".
 */
import { registerLocale, type Messages } from '../i18n/messages.js';

export const ar: Messages = {
  title: 'اجتماع فيديو',
  loading: 'جارٍ تحميل الاجتماع…',
  left: 'لقد غادرت الاجتماع.',
  join: 'الانضمام مرة أخرى',
  dismiss: 'إغلاق',
  tooSmall: 'يجب ألا يقل عرض الاجتماع عن {min} بكسل: وسِّعه بمقدار {more} بكسل.',
  missing: 'بهذا الحجم لا تتوفر في الاجتماع الميزات التالية: {features}. اجعل عرضه {width} بكسل على الأقل.',
  separator: '، ',
  unlisted: 'هذا المتصفح ليس ضمن قائمة المتصفحات المدعومة للاجتماع، لذا قد لا تعمل بعض الميزات.',
  unsupported: 'لا يمكن تشغيل الاجتماع في هذا المتصفح.',
  openInTab: 'فتح الاجتماع في علامة تبويب جديدة',
  denied: 'الوصول إلى الكاميرا أو الميكروفون محظور لهذا الموقع. اسمح به في إعدادات الموقع في المتصفح، ثم أعد تحميل الصفحة.',
  'no-browser': 'افتح هذه الصفحة في متصفح ويب.',
  'insecure-context': 'افتح هذه الصفحة عبر https.',
  'no-media-devices': 'لا يمكن لهذا المتصفح استخدام الكاميرا أو الميكروفون هنا. استخدم إصدارًا حديثًا من Chrome أو Edge أو Firefox أو Safari.',
  'no-webrtc': 'لا يمكن لهذا المتصفح إجراء مكالمات فيديو. استخدم إصدارًا حديثًا من Chrome أو Edge أو Firefox.',
  'os-too-old': 'حدِّث الجهاز إلى iOS 14 أو أحدث، أو افتح الاجتماع في Safari.',
  'browser-too-old': 'حدِّث المتصفح، أو استخدم Chrome.',
  'browser-not-listed': 'استخدم Chrome أو Edge أو Firefox.',
  webview: 'افتح الاجتماع في متصفح الجهاز.',
  'missing-url': 'لا يوجد اجتماع لفتحه.',
  'invalid-url': 'رابط الاجتماع هذا غير صالح.',
  'insecure-url': 'رابط الاجتماع هذا غير آمن (يجب أن يستخدم https).',
  'host-not-allowed': 'لا يُسمح لهذه الصفحة بفتح اجتماعات من هذا العنوان.',
  'invalid-room': 'تعذّرت قراءة غرفة الاجتماع هذه.',
  'room-unavailable': 'غرفة الاجتماع هذه لم تعد موجودة.',
  'room-expired': 'انتهت صلاحية غرفة الاجتماع هذه.',
  'participant-unavailable': 'لا تحتوي غرفة الاجتماع هذه على رابط لك.',
  'permissions-policy-blocked': 'لا تسمح هذه الصفحة بالكاميرا أو الميكروفون، لذا لا يمكن للاجتماع استخدامهما.',
  'csp-blocked': 'لا تسمح سياسة Content-Security-Policy في هذه الصفحة بالاجتماع. يجب أن يتضمن التوجيه frame-src فيها {origin}.',
  joinHint: 'سيطلب الاجتماع استخدام الكاميرا والميكروفون.',
  joinMeeting: 'الانضمام إلى الاجتماع',
  docked: 'اجتماع مثبّت',
  undock: 'إعادته إلى مكانه',
  returnToMeeting: 'العودة إلى الاجتماع',
  leave: 'مغادرة',
  expand: 'توسيع الاجتماع',
  collapse: 'تصغير الاجتماع',
  microphone: 'الميكروفون',
  video: 'الفيديو',
  record: 'التسجيل',
  shareScreen: 'مشاركة الشاشة',
  reactions: 'التفاعلات',
  privacy: 'الخصوصية',
  whiteboard: 'السبورة البيضاء',
  watchTogether: 'المشاهدة معًا',
  roundTable: 'الطاولة المستديرة',
  endMeeting: 'إنهاء الاجتماع',
};

registerLocale('ar', ar);
