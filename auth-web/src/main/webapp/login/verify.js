// Spends the sign-in token only when the person presses Continue (a POST), never on page load, as a
// browser client: the refresh token becomes an HttpOnly cookie, the access token is not kept here; then
// the passengers' portal takes over (its "My claims" page gets an access token with the cookie).
(function () {
  // in the portal's languages; the portal's choice in this browser first, then the browser's own
  var TEXTS = {
    en: ['Sign in to Flight Claim', 'Press Continue to finish signing in on this device.', 'Continue',
      'This sign-in link is incomplete. Please use the link from the email.', 'Signing in…', 'You are signed in.',
      'This sign-in link is not valid.', 'The server could not be reached. Please try again.'],
    de: ['Bei Flight Claim anmelden', 'Drücken Sie auf Weiter, um die Anmeldung auf diesem Gerät abzuschließen.',
      'Weiter', 'Dieser Anmeldelink ist unvollständig. Bitte verwenden Sie den Link aus der E-Mail.', 'Anmeldung…',
      'Sie sind angemeldet.', 'Dieser Anmeldelink ist nicht gültig.',
      'Der Server ist nicht erreichbar. Bitte versuchen Sie es erneut.'],
    fr: ['Se connecter à Flight Claim', 'Appuyez sur Continuer pour terminer la connexion sur cet appareil.',
      'Continuer', 'Ce lien de connexion est incomplet. Utilisez le lien reçu par e-mail.', 'Connexion…',
      'Vous êtes connecté.', 'Ce lien de connexion n’est pas valable.',
      'Le serveur est injoignable. Veuillez réessayer.'],
    es: ['Iniciar sesión en Flight Claim', 'Pulse Continuar para terminar de iniciar sesión en este dispositivo.',
      'Continuar', 'Este enlace de inicio de sesión está incompleto. Utilice el enlace del correo electrónico.',
      'Iniciando sesión…', 'Ha iniciado sesión.', 'Este enlace de inicio de sesión no es válido.',
      'No se ha podido contactar con el servidor. Inténtelo de nuevo.'],
    it: ['Accedi a Flight Claim', 'Prema Continua per completare l’accesso su questo dispositivo.', 'Continua',
      'Questo link di accesso è incompleto. Usi il link ricevuto per e-mail.', 'Accesso in corso…',
      'Accesso effettuato.', 'Questo link di accesso non è valido.',
      'Impossibile raggiungere il server. Riprovi.'],
    nl: ['Inloggen bij Flight Claim', 'Druk op Doorgaan om het inloggen op dit apparaat af te ronden.', 'Doorgaan',
      'Deze inloglink is onvolledig. Gebruik de link uit de e-mail.', 'Bezig met inloggen…', 'U bent ingelogd.',
      'Deze inloglink is niet geldig.', 'De server is niet bereikbaar. Probeer het opnieuw.'],
    pl: ['Logowanie do Flight Claim', 'Aby dokończyć logowanie na tym urządzeniu, prosimy nacisnąć Dalej.', 'Dalej',
      'Ten link do logowania jest niepełny. Prosimy użyć linku z wiadomości e-mail.', 'Logowanie…',
      'Zalogowano.', 'Ten link do logowania jest nieważny.',
      'Nie można połączyć się z serwerem. Prosimy spróbować ponownie.']
  };
  var stored = null;
  try {
    stored = localStorage.getItem('flightclaim.language');
  } catch (e) { /* no storage */ }
  var wanted = [stored || ''].concat(navigator.languages || [navigator.language]).map(function (l) {
    return String(l).toLowerCase().split('-')[0];
  }).filter(function (l) { return TEXTS.hasOwnProperty(l); });
  var language = wanted.length ? wanted[0] : 'en';
  var text = TEXTS[language];
  document.documentElement.lang = language;
  document.title = text[0];
  document.querySelector('h1').textContent = text[0];
  document.getElementById('intro').textContent = text[1];

  var button = document.getElementById('continue');
  var status = document.getElementById('status');
  button.textContent = text[2];
  var token = new URLSearchParams(window.location.search).get('token');
  if (!token) {
    button.disabled = true;
    status.textContent = text[3];
    return;
  }
  button.addEventListener('click', function () {
    button.disabled = true;
    status.textContent = text[4];
    fetch('../api/v1/auth/magic-link/verify', {
      method: 'POST',
      headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
      body: JSON.stringify({token: token, refreshTokenCookie: true})
    }).then(function (response) {
      return response.json().then(function (body) { return {ok: response.ok, body: body}; });
    }).then(function (result) {
      if (result.ok) {
        history.replaceState(null, '', window.location.pathname); // the spent token leaves the address bar
        status.textContent = text[5];
        window.location.replace('../claims');
      } else {
        status.textContent = result.body.detail || text[6];
      }
    }).catch(function () {
      button.disabled = false;
      status.textContent = text[7];
    });
  });
}());
