/**
 * html-validate over every built page (`npm run test:html`): the recommended and a11y presets.
 * Rules turned off or changed, and why:
 */
export default {
  root: true,
  extends: ['html-validate:recommended', 'html-validate:a11y'],
  rules: {
    /*
     * wcag/h32 ("every <form> needs a submit button"). The library filter, the sheet chooser and
     * the plan form are forms whose boxes act at once on the same page: a change of content, not
     * of context, which WCAG 3.2.2 allows, and a submit button there would do nothing. Forms that
     * go somewhere (header search, search page) have their submit buttons; e2e tests use them.
     */
    'wcag/h32': 'off',
    /*
     * form-dup-name: a group of checkboxes shares one name on purpose (the plan's days, equipment
     * and liked activities become one comma-separated URL parameter each), as radios do.
     */
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
};
