// A hash-history router around the README's "keep the call" recipe (CallLayout.vue,
// MeetingPlace.vue): the meeting route (#/meeting, a wide place), a route without a place
// (#/other) and a route with a place in another, narrower layout (#/side).
import { h } from 'vue';
import { RouterLink, createRouter, createWebHashHistory } from 'vue-router';
import { room } from '../room.js';
import CallLayout from './CallLayout.vue';
import MeetingPlace from './MeetingPlace.vue';

export const placesRouter = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', redirect: '/meeting' },
    { path: '/meeting', component: { render: () => h('main', { id: 'meeting-page', style: 'width: 640px' }, [h('h1', 'Meeting'), h(MeetingPlace)]) } },
    { path: '/other', component: { render: () => h('main', { id: 'other-page' }, [h('h1', 'Another page'), h('p', 'No place for the meeting here.')]) } },
    {
      path: '/side',
      component: {
        render: () =>
          h('main', { id: 'side-page', style: 'display: flex; gap: 16px' }, [
            h('aside', { style: 'width: 200px' }, [h('h1', 'Side'), h('p', 'The meeting beside the notes.')]),
            h('div', { style: 'width: 420px' }, [h(MeetingPlace)]),
          ]),
      },
    },
  ],
});

const link = (id, to, text) => h(RouterLink, { id, to }, () => text);

export const PlacesApp = {
  render: () => [h('nav', [link('to-meeting', '/meeting', 'Meeting'), ' ', link('to-other', '/other', 'Other'), ' ', link('to-side', '/side', 'Side')]), h(CallLayout, { room })],
};
