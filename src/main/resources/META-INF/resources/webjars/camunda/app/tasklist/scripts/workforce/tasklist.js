/*
 * Tasklist customisation for the NHS workforce processes (loaded by scripts/config.js through
 * requireJsConfig, Camunda 7.24's documented way of adding an AngularJS module to Tasklist).
 *
 * 1. Dates typed into Camunda Forms read dd/mm/yyyy. form-js 1.x takes its date picker's format from
 *    the browser's default locale (new Intl.DateTimeFormat('default')), so a browser set to US
 *    English (and headless browsers) expected mm/dd/yyyy. For a UK service, Tasklist's default date
 *    locale is British English; a form still stores the date as YYYY-MM-DD.
 *
 * 2. No form needs Save before Complete. Tasklist keeps Complete disabled while form-js reports
 *    errors, and judges that by Object.keys(errors).length. form-js records the validation of a
 *    field inside a dynamic list under errors[fieldId][rowIndex] and clears it by deleting the row
 *    entry only, so an edited list leaves errors[fieldId] = [] behind: no error at all, yet a key.
 *    Save happened to cure it because it calls form-js's submit(), which validates afresh. Here the
 *    form directive's "validated" notice is checked against the errors form-js actually shows.
 *
 * 3. Start forms offer the clusters, employers, PCT boards and award holders the user may choose
 *    from, by name, instead of a typed code. A start form has no process variables, so the form's
 *    code fields (clusterCode, employerCode, organisationCode, employeeId) are turned into selects
 *    when Tasklist loads the form, with options from the workforce Tasklist plugin. The server still
 *    refuses any code that is not on the rosters.
 */
define('workforce-tasklist', ['angular'], function (angular) {
  'use strict';

  // 1. British English as the browser's default date locale for Tasklist and its forms
  (function ukDates() {
    var Native = Intl.DateTimeFormat;
    if (Native.workforceUk) {
      return;
    }
    var Uk = function (locales, options) {
      if (locales === undefined || locales === 'default') {
        locales = 'en-GB';
      }
      return new Native(locales, options);
    };
    Uk.prototype = Native.prototype;
    Uk.supportedLocalesOf = Native.supportedLocalesOf.bind(Native);
    Uk.workforceUk = true;
    Intl.DateTimeFormat = Uk;
  })();

  // 3. start forms: code fields become selects of what the user may choose
  var CHOICE_FIELDS = ['clusterCode', 'employerCode', 'organisationCode', 'employeeId'];
  var CHOICE_LABELS = {clusterCode: 'Cluster', employerCode: 'Employer', organisationCode: 'PCT board', employeeId: 'Consultant'};
  var nativeFetch = window.fetch.bind(window);

  function appRoot() {
    var base = document.querySelector('base');
    return (base && base.getAttribute('app-root')) || '/camunda';
  }

  function choiceFields(components, found) {
    (components || []).forEach(function (component) {
      if (component.type === 'textfield' && CHOICE_FIELDS.indexOf(component.key) >= 0) {
        found.push(component);
      }
      choiceFields(component.components, found);
    });
    return found;
  }

  function withChoices(schema, engine, processKey) {
    var fields = choiceFields(schema.components, []);
    return Promise.all(fields.map(function (field) {
      var url = appRoot() + '/api/tasklist/plugin/workforce/' + encodeURIComponent(engine) + '/choices/'
        + encodeURIComponent(field.key) + '?process=' + encodeURIComponent(processKey);
      return nativeFetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (choices) {
          if (!choices || !choices.length) {
            return;
          }
          var required = field.validate && field.validate.required;
          delete field.validate;
          delete field.appearance;
          field.type = 'select';
          field.searchable = choices.length > 10;
          field.values = choices.map(function (c) { return {label: c.label, value: c.value}; });
          field.label = CHOICE_LABELS[field.key];
          delete field.description;
          if (required) {
            field.validate = {required: true};
          }
        })
        .catch(function () { /* keep the typed field */ });
    })).then(function () { return schema; });
  }

  window.fetch = function (input, init) {
    var url = typeof input === 'string' ? input : (input && input.url) || '';
    var match = /\/engine\/([^/]+)\/process-definition\/([^/?]+)\/deployed-start-form/.exec(url);
    if (!match) {
      return nativeFetch(input, init);
    }
    var engine = decodeURIComponent(match[1]);
    var processKey = decodeURIComponent(match[2]).split(':')[0];
    return nativeFetch(input, init).then(function (response) {
      if (!response.ok) {
        return response;
      }
      return response.clone().json()
        .then(function (schema) { return withChoices(schema, engine, processKey); })
        .then(function (schema) {
          return new Response(JSON.stringify(schema), {status: 200, headers: {'Content-Type': 'application/json'}});
        })
        .catch(function () { return response; });
    });
  };

  var ngModule = angular.module('workforce.tasklist', []);

  // 2. Complete follows the errors the form shows, not stale empty entries of list fields
  ngModule.config(['$provide', function ($provide) {
    $provide.decorator('camTasklistFormCamundaDirective', ['$delegate', function ($delegate) {
      var directive = $delegate[0];
      var link = directive.link;
      directive.compile = function () {
        return function (scope, element, attrs, formController) {
          var check = 0;
          var proxy = Object.create(formController);
          proxy.notifyFormInitializationFailed = function (error) {
            return formController.notifyFormInitializationFailed(error);
          };
          proxy.notifyFormValidated = function (invalid) {
            var mine = ++check;
            if (!invalid) {
              return formController.notifyFormValidated(false);
            }
            // form-js renders after it reports: look once the errors are on the page
            setTimeout(function () {
              if (mine !== check) {
                return;
              }
              var shown = Array.prototype.some.call(element[0].querySelectorAll('.fjs-form-field-error'), function (e) {
                return (e.textContent || '').trim().length > 0;
              });
              scope.$applyAsync(function () {
                formController.notifyFormValidated(shown);
              });
            }, 50);
          };
          return link.call(this, scope, element, attrs, proxy);
        };
      };
      return $delegate;
    }]);
  }]);

  return ngModule;
});
