// Mounts the README's Vue recipe (App.vue, built with the README's vite.config.js).
import { createApp } from 'vue';
import { room } from '../room.js';
import App from './App.vue';

createApp(App, { room }).mount('#app');
