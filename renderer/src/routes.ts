// Screens as hash routes (#/, #/new, #/meeting/7, #/meeting/7/edit): a reload or the Back key returns to
// the same screen, and file:// loading in Electron needs no server-side routing.
import { useEffect, useState } from 'react';

export type Route = { name: 'list' } | { name: 'new' } | { name: 'meeting'; id: number } | { name: 'edit'; id: number };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/');
  if (parts[0] === 'new') return { name: 'new' };
  const id = Number(parts[1]);
  if (parts[0] === 'meeting' && Number.isInteger(id) && id > 0) return parts[2] === 'edit' ? { name: 'edit', id } : { name: 'meeting', id };
  return { name: 'list' };
}

export function routeHash(route: Route): string {
  switch (route.name) {
    case 'list':
      return '#/';
    case 'new':
      return '#/new';
    case 'meeting':
      return `#/meeting/${route.id}`;
    case 'edit':
      return `#/meeting/${route.id}/edit`;
  }
}

export const navigate = (route: Route) => {
  window.location.hash = routeHash(route);
};

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
