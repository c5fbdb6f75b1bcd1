// The app around the README's Angular recipes, compiled ahead of time by ngc as the Angular
// CLI does, then bundled by Vite; zoneless. With ?recipe=router it is a hash-location router
// around the router recipe: the meeting at #/, a link to #/elsewhere. (Kept as .mts here so
// that the repository's own typecheck, which has no Angular, skips it; the packaging setup
// names it main.ts.) Angular's own packages ship partially compiled; the CLI finishes them
// with its linker, this app with the JIT compiler at start-up. The app's components are compiled by ngc.
import '@angular/compiler';
import { Component, provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { RouterLink, RouterOutlet, type Routes, provideRouter, withComponentInputBinding, withHashLocation } from '@angular/router';
import { room } from '../room.js';
import { MeetingComponent } from './meeting.component';
import { MeetingRouteComponent, leaveMeetingGuard } from './meeting-route.component';

@Component({
  selector: 'app-root',
  imports: [MeetingComponent],
  template: `<app-meeting [room]="room"></app-meeting>`,
})
class AppComponent {
  room: object = room;
}

@Component({ selector: 'app-elsewhere', template: `<p id="elsewhere-page">Elsewhere</p>` })
class ElsewhereComponent {}

@Component({
  selector: 'app-root',
  imports: [RouterLink, RouterOutlet],
  template: `<nav><a id="elsewhere" routerLink="/elsewhere">Elsewhere</a></nav><router-outlet></router-outlet>`,
})
class RouterAppComponent {}

const routes: Routes = [
  { path: '', pathMatch: 'full', component: MeetingRouteComponent, canDeactivate: [leaveMeetingGuard], data: { room } },
  { path: 'elsewhere', component: ElsewhereComponent },
];

const started =
  new URLSearchParams(location.search).get('recipe') === 'router'
    ? bootstrapApplication(RouterAppComponent, {
        providers: [provideZonelessChangeDetection(), provideRouter(routes, withHashLocation(), withComponentInputBinding())],
      })
    : bootstrapApplication(AppComponent, { providers: [provideZonelessChangeDetection()] });
started.catch((err: unknown) => console.error(err));
