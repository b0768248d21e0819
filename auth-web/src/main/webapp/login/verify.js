// Spends the sign-in token only when the person presses Continue (a POST), never on page load.
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
      body: JSON.stringify({token: token})
    }).then(function (response) {
      return response.json().then(function (body) { return {ok: response.ok, body: body}; });
    }).then(function (result) {
      if (result.ok) {
        sessionStorage.setItem('flightclaim.tokens', JSON.stringify(result.body));
        history.replaceState(null, '', window.location.pathname); // the spent token leaves the address bar
        status.textContent = 'You are signed in.';
      } else {
        status.textContent = result.body.detail || 'This sign-in link is not valid.';
      }
    }).catch(function () {
      button.disabled = false;
      status.textContent = 'The server could not be reached. Please try again.';
    });
  });
}());
