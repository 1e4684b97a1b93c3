"""Browser helpers for the end-to-end tests: a headless Chromium and page actions that wait
for the next page, plus the pass/fail record that run.py reports."""
import os
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

BASE = os.environ.get("BWU_URL", "http://127.0.0.1:8080").rstrip("/")
PASSWORD = "demo-password-2026"
SHOTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "artifacts", "screenshots")

results = []


def check(name, condition, detail=""):
    results.append((name, bool(condition), detail))
    print(("PASS " if condition else "FAIL ") + name + ("" if condition or not detail else f" — {detail}"), flush=True)


def make_driver():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1280,900", "--lang=en-GB"):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


class Browser:
    def __init__(self, driver):
        self.d = driver

    def go(self, path):
        self.d.get(BASE + path)

    def navigate(self, action):
        """Runs an action that leaves the page (a click, Enter) and waits for the next page to load."""
        old = self.d.find_element(By.TAG_NAME, "html")
        action()
        WebDriverWait(self.d, 30).until(lambda d: self._gone(old))
        WebDriverWait(self.d, 30).until(self._loaded)

    @staticmethod
    def _loaded(driver):
        """True once the new page has loaded; a script run while the old one is torn down may fail: not yet."""
        try:
            return driver.execute_script("return document.readyState") == "complete"
        except WebDriverException:
            return False

    @staticmethod
    def _gone(element):
        """True once `element` left the page. A busy Chromium sometimes answers a check on a node of a
        page being torn down with "does not belong to the document" or a bare WebDriverException
        instead of a stale reference: all of them mean gone."""
        try:
            element.is_enabled()
            return False
        except WebDriverException:
            return True

    def read(self, reader):
        """Reads from the page, retrying when a node went stale under a busy machine's late repaint."""
        for attempt in range(3):
            try:
                return reader()
            except WebDriverException:
                if attempt == 2:
                    raise
                time.sleep(0.5)

    def h1(self):
        return self.read(lambda: self.d.find_element(By.TAG_NAME, "h1").text)

    def text(self):
        return self.read(lambda: self.d.find_element(By.TAG_NAME, "body").text)

    def shot(self, name):
        os.makedirs(SHOTS, exist_ok=True)
        height = self.d.execute_script("return document.body.scrollHeight")
        width = self.d.get_window_size()["width"]
        self.d.set_window_size(width, min(max(height + 120, 600), 4000))
        self.d.save_screenshot(os.path.join(SHOTS, name + ".png"))
        self.d.set_window_size(width, 900)

    def sign_in(self, email):
        self.d.delete_all_cookies()
        self.go("/sign-in")
        self.d.find_element(By.ID, "f-email").send_keys(email)
        self.d.find_element(By.ID, "f-password").send_keys(PASSWORD)
        self.navigate(self.d.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click)

    def sign_out(self):
        self.navigate(self.d.find_element(By.CSS_SELECTOR, "form[action='/sign-out'] button").click)

    def menu(self):
        return self.read(lambda: [a.text for a in self.d.find_elements(By.CSS_SELECTOR, "nav.main-nav a")])

    def fill(self, field_id, value):
        element = self.d.find_element(By.ID, field_id)
        element.clear()
        element.send_keys(value)

    def click_button(self, label):
        for button in self.d.find_elements(By.CSS_SELECTOR, "main button[type=submit]"):
            if button.text.strip().startswith(label):
                self.navigate(button.click)
                return
        raise AssertionError(f"no button '{label}' on {self.d.current_url}")
