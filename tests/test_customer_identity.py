"""Customer login URLs and current customer tokens: PyJWT is the independent check of both.

Our tokens are signed and verified by the package's own few lines of standard library
(`bigcommerce_checkout._jwt`); every token made here is read back by PyJWT, and every token the
verifier is given is made by PyJWT (or by hand, for what PyJWT refuses to make). The offline round
trip goes over real loopback sockets to the fake: login URL, the browser's GET without following
the redirect, the session cookie, `/customer/current.jwt`, the verified customer.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest

import bigcommerce_checkout
from bigcommerce_checkout import (
    BigCommerceError,
    CurrentCustomer,
    CustomerTokenError,
    customer_login_url,
    verify_current_customer,
)
from bigcommerce_checkout._logging import redact
from bigcommerce_checkout.testing import FakeBigCommerce
from tests.test_docs_examples import DOCS, Swap, _login_at, examples_of, run

CLIENT_ID = "6c1a2f0e9b8d7a5c4e3b2a1f0d9c8b7"
SECRET = "k3Vb7-identity-test-secret-9f2c1d" * 2  # a test value, 64 bytes as PyJWT wants for HS512
STORE = "k7x2q9rm"
NOW = 1_790_000_000.0  # in the past: PyJWT refuses an iat ahead of the real clock


def login(**overrides: Any) -> str:
    arguments: dict[str, Any] = {
        "store_domain": "shop.example.com",
        "store_hash": STORE,
        "client_id": CLIENT_ID,
        "client_secret": SECRET,
        "customer_id": 42,
        "now": lambda: NOW,
    }
    return customer_login_url(**(arguments | overrides))


def token_of(url: str) -> str:
    return url.rsplit("/", 1)[1]


# --------------------------------------------------------------------------- customer login URL


def test_the_url_carries_an_hs256_token_of_the_published_claims() -> None:
    url = login(
        channel_id=3,
        redirect_to="/checkout?step=shipping",
        request_ip="203.0.113.7",
        enable_persistent_cart=True,
    )
    assert url.startswith("https://shop.example.com/login/token/")
    token = token_of(url)
    assert jwt.get_unverified_header(token) == {"alg": "HS256", "typ": "JWT"}
    claims = jwt.decode(token, SECRET, algorithms=["HS256"])
    assert claims == {
        "iss": CLIENT_ID,
        "iat": int(NOW),
        "jti": claims["jti"],
        "operation": "customer_login",
        "store_hash": STORE,
        "customer_id": 42,
        "channel_id": 3,
        "redirect_to": "/checkout?step=shipping",
        "request_ip": "203.0.113.7",
        "enable_persistent_cart": True,
    }
    assert uuid.UUID(claims["jti"]).version == 4


def test_optional_claims_are_left_out_unless_given() -> None:
    claims = jwt.decode(token_of(login()), SECRET, algorithms=["HS256"])
    assert set(claims) == {"iss", "iat", "jti", "operation", "store_hash", "customer_id"}
    persistent_off = jwt.decode(token_of(login(enable_persistent_cart=False)), SECRET, algorithms=["HS256"])
    assert persistent_off["enable_persistent_cart"] is False


def test_every_call_has_a_fresh_jti() -> None:
    ids = {jwt.decode(token_of(login()), SECRET, algorithms=["HS256"])["jti"] for _ in range(20)}
    assert len(ids) == 20


def test_iat_comes_from_the_injected_clock_corrected_by_the_skew() -> None:
    claims = jwt.decode(
        token_of(login(now=lambda: 1_780_000_000.9, clock_skew=-12.5)), SECRET, algorithms=["HS256"]
    )
    assert claims["iat"] == 1_779_999_988  # int(1_780_000_000.9 - 12.5)
    real = jwt.decode(token_of(login(now=time.time)), SECRET, algorithms=["HS256"])["iat"]
    assert abs(real - time.time()) < 5


def test_a_wrong_secret_does_not_verify() -> None:
    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(token_of(login()), SECRET + "x", algorithms=["HS256"])


def test_base_url_replaces_the_store_domain() -> None:
    url = login(store_domain=None, base_url="http://127.0.0.1:8123/")
    assert url.startswith("http://127.0.0.1:8123/login/token/ey")


BAD_LOGIN_INPUT = [
    ({"customer_id": 0}, ValueError, "customer_id"),
    ({"customer_id": -4}, ValueError, "customer_id"),
    ({"customer_id": True}, TypeError, "customer_id"),
    ({"customer_id": "42"}, TypeError, "customer_id"),
    ({"customer_id": 42.0}, TypeError, "customer_id"),
    ({"channel_id": 0}, ValueError, "channel_id"),
    ({"channel_id": False}, TypeError, "channel_id"),
    ({"redirect_to": "https://evil.example/checkout"}, ValueError, "redirect_to"),
    ({"redirect_to": "//evil.example/checkout"}, ValueError, "redirect_to"),
    ({"redirect_to": "/\\evil.example"}, ValueError, "redirect_to"),
    ({"redirect_to": "checkout"}, ValueError, "redirect_to"),
    ({"redirect_to": "/check out"}, ValueError, "redirect_to"),
    ({"redirect_to": "/checkout\r\nSet-Cookie: x=1"}, ValueError, "redirect_to"),
    ({"redirect_to": ""}, ValueError, "redirect_to"),
    ({"request_ip": "203.0.113.300"}, ValueError, "request_ip"),
    ({"request_ip": 3405803783}, TypeError, "request_ip"),
    ({"enable_persistent_cart": "yes"}, TypeError, "enable_persistent_cart"),
    ({"store_hash": ""}, ValueError, "store_hash"),
    ({"store_hash": "k7x2/../q9"}, ValueError, "store_hash"),
    ({"client_id": ""}, ValueError, "client_id"),
    ({"client_secret": ""}, ValueError, "client_secret"),
    ({"client_secret": "   "}, ValueError, "client_secret"),
    ({"client_secret": SECRET + "\n"}, ValueError, "client_secret"),
    ({"client_secret": " " + SECRET}, ValueError, "client_secret"),
    ({"client_secret": None}, TypeError, "client_secret"),
    ({"client_secret": CLIENT_ID}, ValueError, "client_secret"),
    ({"store_domain": "https://shop.example.com"}, ValueError, "store_domain"),
    ({"clock_skew": "5"}, TypeError, "clock_skew"),
    ({"now": lambda: "soon"}, TypeError, "now()"),
]


@pytest.mark.parametrize(("overrides", "error", "named"), BAD_LOGIN_INPUT)
def test_bad_input_is_refused_before_signing(
    overrides: dict[str, Any], error: type[Exception], named: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def must_not_sign(*_args: object, **_kwargs: object) -> str:
        raise AssertionError("signed a token from bad input")

    monkeypatch.setattr(bigcommerce_checkout._jwt, "encode", must_not_sign)
    with pytest.raises(error) as caught:
        login(**overrides)
    assert named in str(caught.value)
    assert SECRET not in str(caught.value)
    assert caught.value.__context__ is None or SECRET not in str(caught.value.__context__)


def test_redirect_to_accepts_storefront_paths() -> None:
    for path in ("/", "/account.php", "/login.php?action=logout", "/cart.php?action=load&id=1&token=ab"):
        claims = jwt.decode(token_of(login(redirect_to=path)), SECRET, algorithms=["HS256"])
        assert claims["redirect_to"] == path


def test_the_secret_is_masked_in_log_records_once_used(caplog: pytest.LogCaptureFixture) -> None:
    secret = "a-secret-never-logged-" + uuid.uuid4().hex
    login(client_secret=secret)
    assert redact(f"leaked {secret}!") == "leaked <redacted>!"
    with caplog.at_level(logging.DEBUG, logger="bigcommerce_checkout"):
        logging.getLogger("bigcommerce_checkout").warning("the app said %s", secret)
    assert secret not in caplog.text
    assert "<redacted>" in caplog.text


# --------------------------------------------------------------------------- current customer token


def claims(**overrides: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "customer": {"id": 4927, "email": "ada.okafor@example.com", "group_id": "6"},
        "iss": "bc/apps",
        "sub": STORE,
        "iat": int(NOW) - 60,
        "exp": int(NOW) + 840,
        "version": 1,
        "aud": CLIENT_ID,
        "application_id": CLIENT_ID,
        "store_hash": STORE,
        "operation": "current_customer",
    }
    return {k: v for k, v in (base | overrides).items() if v is not None}


def bc_token(secret: str = SECRET, algorithm: str = "HS512", **overrides: Any) -> str:
    """A current customer token as BigCommerce makes it (typ JWT, HS512), signed by PyJWT."""
    return jwt.encode(claims(**overrides), secret, algorithm=algorithm, headers={"typ": "JWT"})


def verify(token: str | bytes, **options: Any) -> CurrentCustomer:
    arguments: dict[str, Any] = {
        "client_id": CLIENT_ID,
        "client_secret": SECRET,
        "store_hash": STORE,
        "now": lambda: NOW,
    }
    return verify_current_customer(token, **(arguments | options))


def test_a_token_of_bigcommerce_is_verified_into_the_customer() -> None:
    customer = verify(bc_token())
    assert customer == CurrentCustomer(
        id=4927,
        email="ada.okafor@example.com",
        group_id="6",
        store_hash=STORE,
        issued_at=datetime.fromtimestamp(NOW - 60, UTC),
        expires_at=datetime.fromtimestamp(NOW + 840, UTC),
    )


def test_hs256_bytes_a_list_audience_and_a_numeric_group_are_accepted() -> None:
    token = bc_token(
        algorithm="HS256", aud=["another-app", CLIENT_ID], customer={"id": 7, "email": "", "group_id": 3}
    )
    customer = verify(token.encode() + b"\n")
    assert (customer.id, customer.group_id) == (7, "3")


def _segment(value: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()


def hand_made(header: dict[str, Any], payload: dict[str, Any], key: bytes = SECRET.encode()) -> str:
    """A token PyJWT would not make: any header, HMAC-SHA256 over it with `key`."""
    signing_input = f"{_segment(header)}.{_segment(payload)}"
    signature = hmac.new(key, signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{base64.urlsafe_b64encode(signature).rstrip(b'=').decode()}"


def _tampered() -> str:
    header, _, signature = bc_token().split(".")
    return f"{header}.{_segment(claims(customer={'id': 1, 'email': 'someone@example.com'}))}.{signature}"


REFUSED = [
    ("tampered claims", _tampered(), "signature"),
    ("another secret", bc_token(secret="another-apps-secret-" * 4), "signature"),
    ("expired beyond the leeway", bc_token(exp=int(NOW) - 31), "expired"),
    ("issued beyond the leeway ahead", bc_token(iat=int(NOW) + 31), "not_yet_valid"),
    ("for another app", bc_token(aud="another-app"), "wrong_app"),
    ("without audience", bc_token(aud=None), "wrong_app"),
    ("of another store", bc_token(store_hash="another1", sub="another1"), "wrong_store"),
    ("sub of another store", bc_token(sub="another1"), "wrong_store"),
    ("a customer login token", bc_token(operation="customer_login"), "wrong_operation"),
    ("another issuer", bc_token(iss="someone/else"), "wrong_operation"),
    ("alg none", jwt.encode(claims(), None, algorithm="none"), "algorithm"),
    (
        "alg none with a signature",
        _segment({"alg": "none"}) + "." + bc_token().partition(".")[2],
        "algorithm",
    ),
    (
        "RS256 header over an HMAC of the secret",
        hand_made({"alg": "RS256", "typ": "JWT"}, claims()),
        "algorithm",
    ),
    ("HS384", bc_token(algorithm="HS384"), "algorithm"),
    ("crit header", hand_made({"alg": "HS256", "crit": ["exp"]}, claims()), "algorithm"),
    ("a JWE-like typ", hand_made({"alg": "HS256", "typ": "JOSE+JSON"}, claims()), "malformed"),
    ("no exp", bc_token(exp=None), "malformed"),
    ("exp as a string", bc_token(exp=str(int(NOW) + 60)), "malformed"),
    ("exp beyond any date", bc_token(exp=10**20), "malformed"),
    ("no customer", bc_token(customer=None), "malformed"),
    ("customer id as a string", bc_token(customer={"id": "4927", "email": "a@example.com"}), "malformed"),
    ("customer without email", bc_token(customer={"id": 4927}), "malformed"),
    ("two parts", "eyJhbGciOiJIUzUxMiJ9.eyJhIjoxfQ", "malformed"),
    ("four parts", bc_token() + ".x", "malformed"),
    ("padding", bc_token().replace(".", "=.", 1), "malformed"),
    ("empty", "", "malformed"),
    ("not ASCII", "é.é.é", "malformed"),
]


@pytest.mark.parametrize(("token", "reason"), [(t, r) for _, t, r in REFUSED], ids=[n for n, _, _ in REFUSED])
def test_untrustworthy_tokens_are_refused_without_echoing_them(token: str, reason: str) -> None:
    with pytest.raises(CustomerTokenError) as caught:
        verify(token)
    error = caught.value
    assert error.reason == reason
    assert isinstance(error, BigCommerceError)
    for text in (str(error), repr(error), *map(str, error.args)):
        assert SECRET not in text
        for part in filter(None, token.split(".")):
            assert part not in text
    assert error.__cause__ is None
    assert error.__context__ is None
    package = str(Path(bigcommerce_checkout.__file__).parent)
    frames = caught.tb
    while frames is not None:  # the package's frames: what a reporter keeps of the locals
        if frames.tb_frame.f_code.co_filename.startswith(package):
            kept = repr(frames.tb_frame.f_locals)
            assert SECRET not in kept, frames.tb_frame.f_code.co_name
            assert not (token and token in kept), frames.tb_frame.f_code.co_name
        frames = frames.tb_next


def test_the_leeway_is_the_edge_of_expiry() -> None:
    assert verify(bc_token(exp=int(NOW) - 29)).id == 4927
    with pytest.raises(CustomerTokenError) as caught:
        verify(bc_token(exp=int(NOW) - 29), leeway=0)
    assert caught.value.reason == "expired"
    assert verify(bc_token(exp=int(NOW) - 100), leeway=120).id == 4927


def test_the_real_clock_is_the_default() -> None:
    fresh = jwt.encode(claims(iat=int(time.time()), exp=int(time.time()) + 900), SECRET, algorithm="HS512")
    assert (
        verify_current_customer(fresh, client_id=CLIENT_ID, client_secret=SECRET, store_hash=STORE).id == 4927
    )
    with pytest.raises(CustomerTokenError):
        verify_current_customer(bc_token(), client_id=CLIENT_ID, client_secret=SECRET, store_hash=STORE)


@pytest.mark.parametrize("leeway", [-1, 3600, float("nan"), True])
def test_a_bad_leeway_is_refused(leeway: float) -> None:
    with pytest.raises(ValueError, match="leeway"):
        verify(bc_token(), leeway=leeway)


def test_the_secret_is_checked_before_the_token() -> None:
    with pytest.raises(ValueError, match="client_secret") as caught:
        verify(bc_token(), client_secret="")
    assert not isinstance(caught.value, CustomerTokenError)


# --------------------------------------------------------------------------- the round trip, offline


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeBigCommerce]:
    with FakeBigCommerce(store_hash=STORE) as running:
        running.seed_customer("ada.okafor@example.com", first_name="Ada", group_id=6)
        running.seed_channel(2)
        yield running


def fake_login(fake: FakeBigCommerce, **overrides: Any) -> str:
    arguments: dict[str, Any] = {
        "base_url": fake.url,
        "store_hash": fake.store_hash,
        "client_id": fake.app_client_id,
        "client_secret": fake.app_client_secret,
        "customer_id": 1,
    }
    return customer_login_url(**(arguments | overrides))


def current(browser: httpx.Client, fake: FakeBigCommerce, **headers: str) -> httpx.Response:
    return browser.get(
        f"{fake.url}/customer/current.jwt", params={"app_client_id": fake.app_client_id}, headers=headers
    )


def test_the_fake_never_records_or_logs_a_login_token(
    fake: FakeBigCommerce, capsys: pytest.CaptureFixture[str]
) -> None:
    """The token in the login path is a signed credential: `fake.requests` and the fake's access
    log show `/login/token/[masked]` (before, both kept the whole token)."""
    url = fake_login(fake)
    token = url.rsplit("/", 1)[1]
    fake.verbose = True
    try:
        with httpx.Client() as browser:
            assert browser.get(url).status_code == 302
    finally:
        fake.verbose = False
    [record] = [r for r in fake.requests if r.operation_id == "getCustomerLogin"][-1:]
    assert record.path == "/login/token/[masked]"
    logged = capsys.readouterr().err
    assert "/login/token/[masked]" in logged
    assert token not in logged
    assert all(token not in r.path for r in fake.requests)


def test_sign_in_then_prove_who_is_signed_in(fake: FakeBigCommerce) -> None:
    url = fake_login(fake, channel_id=2, redirect_to="/checkout")
    with httpx.Client() as browser:
        signed_in = browser.get(url)
        assert signed_in.status_code == 302
        assert signed_in.headers["location"] == "/checkout"
        assert signed_in.headers["set-cookie"].startswith("SHOP_SESSION_TOKEN=")
        assert "x-fake-login-refused" not in signed_in.headers
        answer = current(browser, fake)
        assert answer.status_code == 200
        assert answer.headers["content-type"].startswith("text/plain")
        token = answer.text
        as_json = current(browser, fake, accept="application/json")
        assert as_json.headers["content-type"] == "application/json"
    # What BigCommerce signs, read by PyJWT: HS512, the published claims, 15 minutes.
    assert jwt.get_unverified_header(token)["alg"] == "HS512"
    decoded = jwt.decode(token, fake.app_client_secret, algorithms=["HS512"], audience=fake.app_client_id)
    assert decoded["customer"] == {"id": 1, "email": "ada.okafor@example.com", "group_id": "6"}
    assert (decoded["iss"], decoded["sub"], decoded["store_hash"]) == ("bc/apps", STORE, STORE)
    assert decoded["operation"] == "current_customer"
    assert decoded["exp"] - decoded["iat"] == 15 * 60
    customer = verify_current_customer(
        token, client_id=fake.app_client_id, client_secret=fake.app_client_secret, store_hash=STORE
    )
    assert (customer.id, customer.email, customer.group_id) == (1, "ada.okafor@example.com", "6")
    assert (
        verify_current_customer(
            as_json.json()["token"],
            client_id=fake.app_client_id,
            client_secret=fake.app_client_secret,
            store_hash=STORE,
        )
        == customer
    )


def test_a_login_url_works_once(fake: FakeBigCommerce) -> None:
    url = fake_login(fake)
    with httpx.Client() as first:
        assert first.get(url).headers["location"] == "/account.php"  # BigCommerce's default
    with httpx.Client() as second:
        again = second.get(url)
        assert again.status_code == 302
        assert again.headers["location"] == "/login.php"
        assert again.headers["x-fake-login-refused"] == "jti was used already"
        assert "set-cookie" not in again.headers
        assert current(second, fake).status_code == 404


@pytest.mark.parametrize(
    ("overrides", "why"),
    [
        ({"now": lambda: time.time() - 35}, "iat is not within 30 seconds of now"),
        ({"now": lambda: time.time() + 35}, "iat is not within 30 seconds of now"),
        ({"client_secret": "not-the-fakes-secret"}, "token signature"),
        ({"client_id": "another-app"}, "iss is not the app's client id"),
        ({"store_hash": "another1"}, "store_hash is another store's"),
        ({"customer_id": 999}, "customer_id is not a customer of the store"),
        ({"channel_id": 7}, "channel_id is not a channel of the store"),
    ],
)
def test_the_fake_refuses_what_bigcommerce_refuses(
    fake: FakeBigCommerce, overrides: dict[str, Any], why: str
) -> None:
    with httpx.Client() as browser:
        refused = browser.get(fake_login(fake, **overrides))
        assert (refused.status_code, refused.headers["location"]) == (302, "/login.php")
        assert refused.headers["x-fake-login-refused"] == why
        assert "set-cookie" not in refused.headers
        assert current(browser, fake).status_code == 404


def test_clock_skew_brings_a_late_clock_into_the_window(fake: FakeBigCommerce) -> None:
    late = {"now": lambda: time.time() - 60}
    with httpx.Client() as browser:
        assert browser.get(fake_login(fake, **late)).headers["location"] == "/login.php"
        assert browser.get(fake_login(fake, **late, clock_skew=60)).headers["location"] == "/account.php"


def test_signing_in_keeps_the_browsers_session(fake: FakeBigCommerce) -> None:
    cart_id = fake.seed_cart(items=[{"product_id": 1, "name": "Mug", "price": 12}])
    cookies = fake.shopper_cookies(cart_id)
    with httpx.Client(cookies=cookies) as browser:
        signed_in = browser.get(fake_login(fake))
        assert signed_in.headers["set-cookie"].startswith(
            f"SHOP_SESSION_TOKEN={cookies['SHOP_SESSION_TOKEN']};"
        )
        assert current(browser, fake).status_code == 200


def test_current_customer_needs_the_apps_client_id(fake: FakeBigCommerce) -> None:
    with httpx.Client() as browser:
        browser.get(fake_login(fake))
        assert browser.get(f"{fake.url}/customer/current.jwt").status_code == 400
        other = browser.get(f"{fake.url}/customer/current.jwt", params={"app_client_id": "another-app"})
        assert other.status_code == 400
        assert current(browser, fake).status_code == 200


def test_the_fake_app_secret_is_random_unless_given() -> None:
    first, second = FakeBigCommerce(), FakeBigCommerce()
    assert first.app_client_secret != second.app_client_secret
    assert len(first.app_client_secret) >= 32
    chosen = FakeBigCommerce(app_client_id="my-app", app_client_secret="my-secret-value")
    assert (chosen.app_client_id, chosen.app_client_secret) == ("my-app", "my-secret-value")
    assert "my-secret-value" not in repr(chosen)


# --------------------------------------------------------------------------- the reference page


def test_the_reference_page_examples_run(fake: FakeBigCommerce, monkeypatch: pytest.MonkeyPatch) -> None:
    """reference/identity.md runs top to bottom, with the token a signed-in browser fetched."""
    monkeypatch.setenv("BIGCOMMERCE_CLIENT_ID", fake.app_client_id)
    monkeypatch.setenv("BIGCOMMERCE_CLIENT_SECRET", fake.app_client_secret)
    monkeypatch.setattr(bigcommerce_checkout, "customer_login_url", _login_at(fake.url))
    with httpx.Client() as browser:
        browser.get(fake_login(fake))
        token = current(browser, fake).text
    namespace: dict[str, Any] = {"__name__": "__docs_example__", "token": token}
    examples = examples_of(DOCS / "reference" / "identity.md")
    assert len(examples) == 3
    for example in examples:
        run(example, namespace, Swap({}, {}, None))
    assert namespace["customer"].id == 1
    assert namespace["login_url"].startswith(f"{fake.url}/login/token/")


def test_the_guide_and_the_reference_page_are_in_the_site() -> None:
    nav = (Path(__file__).resolve().parents[1] / "mkdocs.yml").read_text(encoding="utf-8")
    for page in ("guides/signing-in-shoppers.md", "reference/identity.md", "api/customers.md"):
        assert page in nav


def test_the_demo_stores_shopper_is_signed_in() -> None:
    from bigcommerce_checkout.testing import _demo

    with FakeBigCommerce(store_hash=_demo.STORE_HASH) as demo_fake:
        demo = _demo.seed_demo(demo_fake)
        with httpx.Client(cookies=demo.cookies) as browser:
            token = current(browser, demo_fake).text
    customer = verify_current_customer(
        token,
        client_id=demo_fake.app_client_id,
        client_secret=demo_fake.app_client_secret,
        store_hash=_demo.STORE_HASH,
    )
    assert customer.email == _demo.SHOPPER
