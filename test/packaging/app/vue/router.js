// A hash-history router around the README's router recipe: the meeting at #/, a link to #/elsewhere.
import { h } from 'vue';
import { RouterLink, RouterView, createRouter, createWebHashHistory } from 'vue-router';
import { room } from '../room.js';
import MeetingRoute from './MeetingRoute.vue';

export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', component: MeetingRoute, props: { room } },
    { path: '/elsewhere', component: { render: () => h('p', { id: 'elsewhere-page' }, 'Elsewhere') } },
  ],
});

export const RouterApp = {
  render: () => [h('nav', [h(RouterLink, { id: 'elsewhere', to: '/elsewhere' }, () => 'Elsewhere')]), h(RouterView)],
};
