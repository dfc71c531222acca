/** Where the signs to stop and get help come from (the Otago programme's safety rules), for every page that shows them. */
export const stopSignsSource = 'otago-2003';
