/*
 * Tasklist settings for a UK service (Camunda 7.24 reads this file in place of its own default).
 * - Dates in the list, the task details and the history read dd/mm/yyyy (moment.js formats).
 * - English only.
 * - scripts/workforce/tasklist.js: dates typed into forms as dd/mm/yyyy, Complete enabled without
 *   Save on forms with lists, start forms offering the clusters, employers and boards to choose from.
 */
export default {
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD/MM/YYYY HH:mm',
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
  },
  locales: {
    availableLocales: ['en'],
    fallbackLocale: 'en'
  },
  requireJsConfig: {
    // on a busy server the scripts may take longer than RequireJS's default 7 seconds to load
    waitSeconds: 120,
    deps: ['workforce-tasklist'],
    ngDeps: ['workforce.tasklist'],
    paths: {
      'workforce-tasklist': 'scripts/workforce/tasklist'
    }
  },

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
