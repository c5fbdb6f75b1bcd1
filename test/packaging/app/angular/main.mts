// The app around the README's Angular recipe, compiled ahead of time by ngc as the Angular
// CLI does, then bundled by Vite; zoneless. (Kept as .mts here so that the repository's
// own typecheck, which has no Angular, skips it; the packaging setup names it main.ts.)
// Angular's own packages ship partially compiled; the CLI finishes them with its linker,
// this app with the JIT compiler at start-up. The app's components are compiled by ngc.
import '@angular/compiler';
import { Component, provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { room } from '../room.js';
import { MeetingComponent } from './meeting.component';

@Component({
  selector: 'app-root',
  imports: [MeetingComponent],
  template: `<app-meeting [room]="room"></app-meeting>`,
})
class AppComponent {
  room: object = room;
}

bootstrapApplication(AppComponent, { providers: [provideZonelessChangeDetection()] }).catch((err: unknown) => console.error(err));
