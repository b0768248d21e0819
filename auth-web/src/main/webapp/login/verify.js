// Spends the sign-in token only when the person presses Continue (a POST), never on page load, as a
// browser client: the refresh token becomes an HttpOnly cookie, the access token is not kept here; then
// the passengers' portal takes over (its "My claims" page gets an access token with the cookie).
(function () {
  var button = document.getElementById('continue');
  var status = document.getElementById('status');
  var token = new URLSearchParams(window.location.search).get('token');
  if (!token) {
    button.disabled = true;
    status.textContent = 'This sign-in link is incomplete. Please use the link from the email.';
    return;
  }
  button.addEventListener('click', function () {
    button.disabled = true;
    status.textContent = 'Signing in…';
    fetch('../api/v1/auth/magic-link/verify', {
      method: 'POST',
      headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
      body: JSON.stringify({token: token, refreshTokenCookie: true})
    }).then(function (response) {
      return response.json().then(function (body) { return {ok: response.ok, body: body}; });
    }).then(function (result) {
      if (result.ok) {
        history.replaceState(null, '', window.location.pathname); // the spent token leaves the address bar
        status.textContent = 'You are signed in.';
        window.location.replace('../claims');
      } else {
        status.textContent = result.body.detail || 'This sign-in link is not valid.';
      }
    }).catch(function () {
      button.disabled = false;
      status.textContent = 'The server could not be reached. Please try again.';
    });
  });
}());
