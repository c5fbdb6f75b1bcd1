// Mounts the README's Vue recipe (App.vue, built with the README's vite.config.js), or with
// ?recipe=router the router recipe (MeetingRoute.vue) in a router, or with ?recipe=places
// the "keep the call" recipe (CallLayout.vue) in a router.
import { createApp } from 'vue';
import { room } from '../room.js';
import App from './App.vue';
import { RouterApp, router } from './router.js';
import { PlacesApp, placesRouter } from './places.js';

const recipe = new URLSearchParams(location.search).get('recipe');
if (recipe === 'router') createApp(RouterApp).use(router).mount('#app');
else if (recipe === 'places') createApp(PlacesApp).use(placesRouter).mount('#app');
else createApp(App, { room }).mount('#app');
