// Mounts the README's Svelte recipe.
import { mount } from 'svelte';
import { room } from '../room.js';
import Meeting from './Meeting.svelte';

mount(Meeting, { target: document.getElementById('app'), props: { room } });
