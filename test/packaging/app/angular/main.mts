// The app around the README's Angular recipes, compiled ahead of time by ngc as the Angular
// CLI does, then bundled by Vite; zoneless. With ?recipe=router it is a hash-location router
// around the router recipe: the meeting at #/, a link to #/elsewhere. With ?recipe=places it
// is a hash-location router around the "keep the call" recipe (call-layout.component.ts):
// the meeting route (#/meeting, a wide place), a route without a place (#/other) and a
// route with a place in another, narrower layout (#/side). (Kept as .mts here so
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
import { CallLayoutComponent, MeetingPlaceComponent } from './call-layout.component';

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

@Component({
  selector: 'app-root',
  imports: [RouterLink, CallLayoutComponent],
  template: `<nav><a id="to-meeting" routerLink="/meeting">Meeting</a> <a id="to-other" routerLink="/other">Other</a> <a id="to-side" routerLink="/side">Side</a></nav>
    <app-call-layout [room]="room"></app-call-layout>`,
})
class PlacesAppComponent {
  room: object = room;
}

@Component({ imports: [MeetingPlaceComponent], template: `<main id="meeting-page" style="width: 640px"><h1>Meeting</h1><app-meeting-place></app-meeting-place></main>` })
class MeetingPageComponent {}

@Component({ template: `<main id="other-page"><h1>Another page</h1><p>No place for the meeting here.</p></main>` })
class OtherPageComponent {}

@Component({
  imports: [MeetingPlaceComponent],
  template: `<main id="side-page" style="display: flex; gap: 16px"><aside style="width: 200px"><h1>Side</h1><p>The meeting beside the notes.</p></aside><div style="width: 420px"><app-meeting-place></app-meeting-place></div></main>`,
})
class SidePageComponent {}

const placesRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'meeting' },
  { path: 'meeting', component: MeetingPageComponent },
  { path: 'other', component: OtherPageComponent },
  { path: 'side', component: SidePageComponent },
];

const routes: Routes = [
  { path: '', pathMatch: 'full', component: MeetingRouteComponent, canDeactivate: [leaveMeetingGuard], data: { room } },
  { path: 'elsewhere', component: ElsewhereComponent },
];

const recipe = new URLSearchParams(location.search).get('recipe');
const started =
  recipe === 'router'
    ? bootstrapApplication(RouterAppComponent, {
        providers: [provideZonelessChangeDetection(), provideRouter(routes, withHashLocation(), withComponentInputBinding())],
      })
    : recipe === 'places'
      ? bootstrapApplication(PlacesAppComponent, { providers: [provideZonelessChangeDetection(), provideRouter(placesRoutes, withHashLocation())] })
      : bootstrapApplication(AppComponent, { providers: [provideZonelessChangeDetection()] });
started.catch((err: unknown) => console.error(err));
