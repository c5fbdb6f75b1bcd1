// Bootstraps the README's Angular recipe in JIT mode (no Angular CLI), zoneless.
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

bootstrapApplication(AppComponent, { providers: [provideZonelessChangeDetection()] }).catch((err) => console.error(err));
