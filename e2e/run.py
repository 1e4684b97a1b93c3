#!/usr/bin/env python3
"""End-to-end tests of the bwu web pages in a real headless Chromium.

Expects a running `bwu serve --demo` at $BWU_URL (scripts/test.sh starts one). Signs in as
every demo user, walks the flow of one application from draft to payment, checks what each
role can and cannot see, switches language, walks the production and planning pages (production.py:
facilities, demands, plan runs started, read, compared and shown in Danish, a delivery shipped and accepted, a facility registered), and saves screenshots to
artifacts/screenshots/.
Prints `N passed, M failed` last and exits non-zero when anything failed.
"""
import os
import sys
import tempfile
import traceback

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from browser import BASE, PASSWORD, Browser, check, make_driver, results
from production import facilities_and_demands, plan_causes_and_comparison, plan_run, register_facility, ship_and_accept

# Menu entries each role must see (True) or must not see (False).
USERS = {
    "admin@bwu.demo": {"Applications": True, "Grants": True, "Ledger": True, "Audit log": True,
        "Facilities": True, "Demands": True, "Plans": True, "Suppliers": True, "Matchmaking": True, "Invitations": True, "Capabilities": True, "Trials": True},
    "programme.officer@bwu.demo": {"Applications": True, "Grants": True, "Ledger": True, "Audit log": True,
        "Facilities": True, "Demands": True, "Plans": True, "Suppliers": True, "Matchmaking": True, "Invitations": True, "Capabilities": True, "Trials": True},
    "finance.officer@bwu.demo": {"Applications": True, "Grants": True, "Ledger": True, "Audit log": False,
        "Facilities": True, "Demands": True, "Plans": True, "Suppliers": True, "Matchmaking": True, "Invitations": True, "Capabilities": True, "Trials": True},
    "reviewer.defence@bwu.demo": {"Applications": True, "Grants": False, "Ledger": False, "Audit log": False,
        "Facilities": False, "Demands": False, "Plans": False, "Suppliers": True, "Matchmaking": False, "Invitations": False, "Capabilities": True, "Trials": True},
    "reviewer.industry@bwu.demo": {"Applications": True, "Grants": False, "Ledger": False, "Audit log": False,
        "Facilities": False, "Demands": False, "Plans": False, "Suppliers": True, "Matchmaking": False, "Invitations": False, "Capabilities": True, "Trials": False},
    "reviewer.foreign@bwu.demo": {"Applications": True, "Grants": False, "Ledger": False, "Audit log": False,
        "Facilities": False, "Demands": False, "Plans": False, "Suppliers": True, "Matchmaking": False, "Invitations": False, "Capabilities": True, "Trials": False},
    "auditor@bwu.demo": {"Applications": True, "Grants": True, "Ledger": True, "Audit log": True,
        "Facilities": True, "Demands": True, "Plans": True, "Suppliers": True, "Matchmaking": True, "Invitations": True, "Capabilities": True, "Trials": True},
    "afu@bwu.demo": {"Applications": False, "Grants": False, "Ledger": False, "Audit log": False,
        "Facilities": False, "Demands": True, "Plans": False, "Suppliers": True, "Matchmaking": False, "Invitations": False, "Capabilities": True, "Trials": True},
    "danish.armed.forces@bwu.demo": {"Applications": False, "Grants": False, "Ledger": False, "Audit log": False,
        "Facilities": False, "Demands": True, "Plans": False, "Suppliers": True, "Matchmaking": False, "Invitations": False, "Capabilities": True, "Trials": True},
    "dnipro@bwu.demo": {"Applications": True, "Grants": True, "Ledger": False, "Audit log": False,
        "Facilities": True, "Demands": True, "Plans": True, "Suppliers": True, "Matchmaking": True, "Invitations": True, "Capabilities": True, "Trials": True},
    "kharkiv@bwu.demo": {"Applications": True, "Grants": True, "Ledger": False, "Audit log": False,
        "Facilities": True, "Demands": True, "Plans": True, "Suppliers": True, "Matchmaking": True, "Invitations": True, "Capabilities": True, "Trials": True},
    "lviv@bwu.demo": {"Applications": True, "Grants": True, "Ledger": False, "Audit log": False,
        "Facilities": True, "Demands": True, "Plans": True, "Suppliers": True, "Matchmaking": True, "Invitations": True, "Capabilities": True, "Trials": True},
    "zaporizhzhia@bwu.demo": {"Applications": True, "Grants": True, "Ledger": False, "Audit log": False,
        "Facilities": True, "Demands": True, "Plans": True, "Suppliers": True, "Matchmaking": True, "Invitations": True, "Capabilities": True, "Trials": True},
    "poltava@bwu.demo": {"Applications": True, "Grants": True, "Ledger": False, "Audit log": False,
        "Facilities": True, "Demands": True, "Plans": True, "Suppliers": True, "Matchmaking": True, "Invitations": True, "Capabilities": True, "Trials": True},
    "jutland.composites@bwu.demo": {"Applications": False, "Grants": False, "Ledger": False, "Audit log": False,
        "Facilities": False, "Demands": True, "Plans": False, "Suppliers": True, "Matchmaking": False, "Invitations": True, "Capabilities": True, "Trials": False},
    "baltic.motors@bwu.demo": {"Applications": False, "Grants": False, "Ledger": False, "Audit log": False,
        "Facilities": False, "Demands": True, "Plans": False, "Suppliers": True, "Matchmaking": False, "Invitations": True, "Capabilities": True, "Trials": False},
    "brno.avionics@bwu.demo": {"Applications": False, "Grants": False, "Ledger": False, "Audit log": False,
        "Facilities": False, "Demands": True, "Plans": False, "Suppliers": True, "Matchmaking": False, "Invitations": True, "Capabilities": True, "Trials": False},
}

def normal(text):
    """Selenium reports no-break spaces as they are; compare with plain spaces."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def every_role_signs_in(b):
    for email, expected in USERS.items():
        b.sign_in(email)
        check(f"{email} reaches the dashboard", b.h1() == "Programme dashboard", b.h1())
        menu = b.menu()
        wrong = [item for item, visible in expected.items() if (item in menu) != visible]
        check(f"{email} menu matches the role", not wrong, f"menu {menu}, wrong: {wrong}")
        if email in ("programme.officer@bwu.demo", "dnipro@bwu.demo", "afu@bwu.demo"):
            b.shot("dashboard-" + email.split("@")[0].replace(".", "-"))
        b.sign_out()
        check(f"{email} signs out", "You have signed out." in b.text() and b.d.current_url.startswith(BASE + "/sign-in"))


def roles_are_refused_what_they_may_not_see(b):
    b.sign_in("dnipro@bwu.demo")
    b.go("/grants")
    b.navigate(b.d.find_element(By.CSS_SELECTOR, "main table a").click)
    grant_url = b.d.current_url
    b.go("/ledger")
    check("manufacturer is refused the ledger", b.h1() == "You may not do this", b.h1())
    b.go("/audit")
    check("manufacturer is refused the audit log", b.h1() == "You may not do this", b.h1())
    b.sign_in("lviv@bwu.demo")
    b.d.get(grant_url)
    check("another manufacturer's grant is not found", b.h1() == "Page not found", b.h1())
    b.shot("error-not-found")
    b.sign_in("jutland.composites@bwu.demo")
    b.go("/applications")
    check("supplier is refused applications", b.h1() == "You may not do this", b.h1())
    b.sign_in("reviewer.defence@bwu.demo")
    b.go("/grants")
    check("reviewer is refused grants", b.h1() == "You may not do this", b.h1())
    b.d.delete_all_cookies()
    b.go("/dashboard")
    check("anonymous visitor is sent to sign in", b.d.current_url.startswith(BASE + "/sign-in"), b.d.current_url)


def main_flow(b, evidence_file):
    title = "Counter-drone radar line (e2e)"
    b.sign_in("zaporizhzhia@bwu.demo")
    b.go("/applications/new")
    b.fill("f-title", title)
    b.fill("f-siteAddress", "Havnevej 3, 6700 Esbjerg")
    b.fill("f-municipality", "Esbjerg")
    b.fill("f-deliveryCommitment", "40 radars per year to the Armed Forces of Ukraine")
    b.fill("f-requestedAmount", "2.000.000,00")
    b.fill("f-productLines-0-name", "Radar")
    b.fill("f-productLines-0-capacityPerMonth", "4")
    b.fill("f-milestones-0-description", "Line installed")
    b.fill("f-milestones-0-amount", "2000000.00")
    # A date control takes keys in the browser's own order; set the ISO value directly.
    b.d.execute_script("document.getElementById('f-milestones-0-dueDate').value='2027-03-31'")
    b.fill("f-milestones-0-evidenceRequired", "Installation protocol")
    b.click_button("Save and submit")
    errors = b.d.find_elements(By.ID, "f-requestedAmount-error")
    check("validation error is shown next to the amount", errors and "amount" in errors[0].text.lower(), b.text()[:300])
    check("what was typed is kept", b.d.find_element(By.ID, "f-requestedAmount").get_attribute("value") == "2.000.000,00")
    b.shot("application-form-errors")
    b.fill("f-requestedAmount", "2000000.00")
    check("the date typed is kept too", b.d.find_element(By.ID, "f-milestones-0-dueDate").get_attribute("value") == "2027-03-31")
    b.click_button("Save and submit")
    check("application is submitted", b.h1() == title and "submitted to the three ministries" in b.text(), b.text()[:300])
    application_url = b.d.current_url.split("?")[0]

    for index, email in enumerate(["reviewer.defence@bwu.demo", "reviewer.industry@bwu.demo", "reviewer.foreign@bwu.demo"]):
        b.sign_in(email)
        b.d.get(application_url)
        verdicts = [cell for cell in b.d.find_elements(By.CSS_SELECTOR, "main table td") if cell.text == "Meets the need"]
        check(f"{email} sees the {index} earlier verdicts", len(verdicts) == index, f"found {len(verdicts)}")
        b.d.find_element(By.ID, "f-verdict-approve").click()
        b.fill("f-reason", "Meets the need")
        if index == 2:
            b.shot("review-screen")
        b.click_button("Record the review")
        check(f"{email} review recorded", "Your review was recorded." in b.text())

    b.sign_in("programme.officer@bwu.demo")
    b.d.get(application_url)
    check("approved by all three", "Approved by all three ministries" in b.text())
    b.click_button("Make the grant")
    check("grant made", "The grant was made" in b.text(), b.text()[:300])
    grant_url = b.d.current_url.split("?")[0]

    b.sign_in("zaporizhzhia@bwu.demo")
    b.d.get(grant_url)
    b.fill("f-description-m1", "Installation protocol, signed")
    b.d.find_element(By.ID, "f-file-m1").send_keys(evidence_file)
    b.click_button("Submit evidence")
    check("evidence uploaded", "submitted for verification" in b.text() and "protocol.pdf" in b.text(), b.text()[:300])

    b.sign_in("programme.officer@bwu.demo")
    b.d.get(grant_url)
    b.fill("f-reason-m1", "Seen on site")
    b.shot("grant-verify")
    b.click_button("Verify")
    check("milestone verified", "The milestone was verified." in b.text())
    check("verifier is not offered the payment", "Only a finance officer other than the verifier" in b.text())

    b.sign_in("finance.officer@bwu.demo")
    b.d.get(grant_url)
    check("finance officer sees who verified", "Verified by another user" in b.text() or "Verified by programme.officer" in b.text(), b.text()[:500])
    b.shot("grant-disburse")
    b.click_button("Disburse")
    check("milestone paid", "The milestone was paid." in b.text(), b.text()[:300])
    check("no second payment offered", not [x for x in b.d.find_elements(By.CSS_SELECTOR, "main button") if x.text.startswith("Disburse")])


def auditor_views(b):
    b.sign_in("auditor@bwu.demo")
    b.go("/audit")
    check("audit chain intact", "Audit chain intact" in b.text())
    b.shot("audit")
    b.go("/ledger")
    check("ledger lists the new payment", b.text().count("Disbursement") >= 2)
    b.shot("ledger")
    b.go("/grants")
    b.shot("grants")


def language_switch(b):
    b.sign_in("programme.officer@bwu.demo")
    b.navigate(b.d.find_element(By.LINK_TEXT, "Dansk").click)
    check("Danish dashboard", b.h1() == "Programoverblik", b.h1())
    check("Danish money format", "DKK 500.000.000,00" in normal(b.text()))
    b.shot("dashboard-da")
    b.navigate(b.d.find_element(By.LINK_TEXT, "Українська").click)
    check("Ukrainian dashboard", b.h1() == "Огляд програми", b.h1())
    check("Ukrainian money format", "500 000 000,00 DKK" in normal(b.text()))
    b.shot("dashboard-uk")
    b.go("/applications")
    b.shot("applications-uk")
    b.navigate(b.d.find_element(By.LINK_TEXT, "English").click)
    check("back to English", b.h1() == "Applications", b.h1())


def keyboard_and_phone(b):
    b.d.delete_all_cookies()
    b.go("/sign-in")
    b.shot("sign-in")
    b.d.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    check("first Tab reaches the skip link", b.d.switch_to.active_element.text == "Skip to content")
    b.d.find_element(By.ID, "f-email").send_keys("auditor@bwu.demo")
    b.d.find_element(By.ID, "f-password").send_keys(PASSWORD)
    b.navigate(lambda: b.d.find_element(By.ID, "f-password").send_keys(Keys.ENTER))
    check("sign-in works from the keyboard", b.h1() == "Programme dashboard", b.h1())
    b.d.set_window_size(390, 844)
    b.go("/dashboard")
    overflow = b.d.execute_script("return document.documentElement.scrollWidth")
    check("dashboard fits a phone screen", overflow <= 392, f"scrollWidth {overflow}")
    b.shot("dashboard-phone")
    b.go("/ledger")
    overflow = b.d.execute_script("return document.documentElement.scrollWidth")
    check("ledger fits a phone screen (tables scroll inside)", overflow <= 392, f"scrollWidth {overflow}")
    b.d.set_window_size(1280, 900)


def value_chain_walk(b):
    """Dnipro accepts Brno Avionics as a second source of its flight controller; the Danish
    Armed Forces find a capability in the catalogue and ask for a trial."""
    b.sign_in("dnipro@bwu.demo")
    b.go("/matchmaking")
    needs = [article for article in b.d.find_elements(By.CSS_SELECTOR, "main article")
             if article.find_element(By.TAG_NAME, "h2").text.startswith("FLIGHT-CTRL")]
    check("matchmaking lists FLIGHT-CTRL as needing another source", needs, b.text()[:300])
    proposed = needs[0].text if needs else ""
    check("Brno Avionics is proposed for FLIGHT-CTRL", "Brno Avionics" in proposed, proposed[:300])
    check("the proposal shows its measured impact", "closes this single point of failure" in proposed and "On-time fill" in proposed)
    b.shot("matchmaking")

    b.go("/invitations")
    b.navigate(next(a for a in b.d.find_elements(By.CSS_SELECTOR, "main table a") if a.text.startswith("FLIGHT-CTRL")).click)
    check("Brno's offer waits for Dnipro", "Offer to decide" in b.text() and "12,500.00" in normal(b.text()), b.text()[:300])
    b.shot("invitation-offer")
    b.click_button("Accept")
    check("the offer is accepted and Brno becomes a source", "The offer was accepted" in b.text() and "BUY-FLIGHT-CTRL@BRNO" in b.text(),
          b.text()[:400])
    check("the recorded impact is shown", "What accepting the offer changed" in b.text())
    b.shot("invitation-accepted")

    b.sign_in("danish.armed.forces@bwu.demo")
    b.go("/capabilities")
    b.fill("f-q", "thermal")
    b.d.find_element(By.ID, "f-combatProven").click()
    b.click_button("Search")
    results = [a.text for a in b.d.find_elements(By.CSS_SELECTOR, "main table a")]
    check("the catalogue search finds the thermal sight", results == ["Thermal weapon sight TWS-640"], results)
    b.shot("capabilities-search")
    b.navigate(b.d.find_element(By.LINK_TEXT, "Thermal weapon sight TWS-640").click)
    b.fill("f-purpose", "Night-fighting evaluation for the infantry (e2e)")
    b.shot("capability-request")
    b.click_button("Request a trial")
    check("the trial request is sent", "Your request was sent." in b.text() and "Awaiting decision" in b.text(), b.text()[:300])
    b.shot("trial-request")


def main():
    driver = make_driver()
    b = Browser(driver)
    evidence = os.path.join(tempfile.mkdtemp(), "protocol.pdf")
    with open(evidence, "wb") as handle:
        handle.write(b"%PDF-1.4\n% bwu e2e evidence\n")
    try:
        for scenario in (keyboard_and_phone, every_role_signs_in, roles_are_refused_what_they_may_not_see,
                         lambda browser: main_flow(browser, evidence), auditor_views, language_switch,
                         facilities_and_demands, plan_run, plan_causes_and_comparison, value_chain_walk, ship_and_accept, register_facility):
            try:
                scenario(b)
            except Exception as error:  # a broken scenario is a failure, the others still run
                name = getattr(scenario, "__name__", "scenario")
                check(f"{name} ran to the end", False, f"{error!r} at {driver.current_url}")
                traceback.print_exc()
                try:
                    b.shot("failure-" + name.replace("<", "").replace(">", ""))
                except Exception:
                    pass
    finally:
        driver.quit()
    failed = sum(1 for _, ok, _ in results if not ok)
    print(f"{len(results) - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
