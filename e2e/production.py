"""End-to-end walk through the production and planning pages: facilities and permits, demands
and deliveries, a plan run started from its form and read when it finishes (charts, causes,
resilience), the same run in Danish and at phone width, and another manufacturer refused it."""
import time

from selenium.webdriver.common.by import By

from browser import BASE, check


def wait_for_run(b, seconds=120):
    """Reloads the run's page until the background planning has finished."""
    deadline = time.time() + seconds
    while b.d.find_elements(By.TAG_NAME, "progress") and time.time() < deadline:
        time.sleep(1)
        b.navigate(b.d.refresh)
    return not b.d.find_elements(By.TAG_NAME, "progress")


def facilities_and_demands(b):
    b.sign_in("dnipro@bwu.demo")
    b.navigate(b.d.find_element(By.LINK_TEXT, "Facilities").click)
    check("facilities page opens from the menu", b.h1() == "Facilities and permits", b.h1())
    text = b.text()
    check("own facility with its permits", "Skrydstrup UAV assembly hall" in text and "Foreign ownership" in text, text[:400])
    check("another manufacturer's facility is not listed", "Aarhus thermal sight line" not in text)
    check("the permit lapsing within 90 days is flagged", "Expires within 90 days" in text)
    b.shot("facilities")
    b.navigate(b.d.find_element(By.LINK_TEXT, "Demands").click)
    check("demands page opens from the menu", b.h1() == "Demands and deliveries", b.h1())
    check("deliveries against demand are drawn", len(b.d.find_elements(By.CSS_SELECTOR, "main svg")) == 1)
    b.d.find_element(By.CSS_SELECTOR, "main details summary").click()
    check("the chart's numbers open with one click", b.d.find_element(By.CSS_SELECTOR, "main details table").is_displayed())
    check("the accepted delivery is listed", "Acceptance flights passed" in b.text())
    b.shot("demands")
    b.sign_in("afu@bwu.demo")
    b.go("/demands")
    check("customer sees its own demand", "UAV-R1" in b.text() and "TS-3" not in b.text(), b.text()[:300])
    b.shot("demands-customer")
    b.go("/facilities")
    check("customer is refused facilities", b.h1() == "You may not do this", b.h1())


def plan_run(b):
    b.sign_in("dnipro@bwu.demo")
    b.go("/plan-runs")
    check("plan runs page", b.h1() == "Plan runs", b.h1())
    b.click_button("Start a plan run")
    check("the run is started", "The plan run was started." in b.text(), b.text()[:300])
    check("the run finishes", wait_for_run(b))
    run_url = b.d.current_url.split("?")[0]
    text = b.text()
    check("run page shows its service figures", "On-time fill" in text and "Fill" in text, text[:400])
    check("timeline and heat map are drawn", len(b.d.find_elements(By.CSS_SELECTOR, "main svg")) == 2)
    check("unmet demand is explained or all is on time",
          "Late or short demand, and why" in text and ("week of" in text or "planned in full and on time" in text))
    b.shot("plan-run")
    b.navigate(b.d.find_element(By.LINK_TEXT, "Dansk").click)
    check("plan run in Danish", b.h1().startswith("Planlægningskørsel"), b.h1())
    check("Danish figures", "Leveret til tiden" in b.text())
    b.shot("plan-run-da")
    b.navigate(b.d.find_element(By.LINK_TEXT, "English").click)
    b.navigate(b.d.find_element(By.LINK_TEXT, "Supply resilience of this run's input").click)
    check("resilience of the run's input", "Single points of failure" in b.text() and "Allied share" in b.text(), b.text()[:300])
    b.shot("plan-resilience")
    b.d.set_window_size(390, 844)
    b.d.get(run_url)
    overflow = b.d.execute_script("return document.documentElement.scrollWidth")
    check("plan run fits a phone screen (charts scroll inside)", overflow <= 392, f"scrollWidth {overflow}")
    b.shot("plan-run-phone")
    b.d.set_window_size(1280, 900)
    b.sign_in("lviv@bwu.demo")
    b.d.get(run_url)
    check("another manufacturer's run is not found", b.h1() == "Page not found", b.h1())
    b.sign_in("programme.officer@bwu.demo")
    b.d.get(run_url)
    check("the programme office reads the run", b.h1().startswith("Plan run"), b.h1())


def plan_causes_and_comparison(b):
    """The programme office plans Lviv, which has a demand but no product data, and reads why;
    Dnipro plans twice and compares the two runs."""
    b.sign_in("programme.officer@bwu.demo")
    b.go("/plan-runs")
    select = b.d.find_element(By.ID, "f-organisationId")
    for option in select.find_elements(By.TAG_NAME, "option"):
        if option.text.startswith("Lviv"):
            option.click()
    b.click_button("Start a plan run")
    check("the Lviv run finishes", wait_for_run(b))
    text = b.text()
    check("the cause is said in plain words", "has no source, and its stock runs out by the week of" in text, text[:600])
    b.shot("plan-run-causes")
    b.sign_in("dnipro@bwu.demo")
    for _ in range(2):
        b.go("/plan-runs")
        b.click_button("Start a plan run")
        check("a Dnipro run finishes", wait_for_run(b))
    b.click_button("Compare")
    check("two runs compared", b.h1().startswith("Two plan runs compared"), b.h1())
    check("the on-time fill change is shown", "percentage points" in b.text())
    b.shot("plan-comparison")


def ship_and_accept(b):
    """The manufacturer ships five UAVs from the demands page; the AFU accepts four of them, and is
    first told that refusing the fifth needs a reason. Runs last: it changes the demo's deliveries."""
    from selenium.webdriver.support.ui import Select

    b.sign_in("dnipro@bwu.demo")
    b.go("/demands")
    Select(b.d.find_element(By.ID, "f-demandId")).select_by_index(0)
    b.d.find_element(By.ID, "f-quantity").send_keys("5")
    b.click_button("Ship")
    check("the manufacturer ships from the demands page", "The delivery was recorded as shipped." in b.text(), b.text()[:300])
    b.sign_in("afu@bwu.demo")
    b.go("/demands")
    form_path = "//main//form[contains(@action, '/decision')][.//p[starts-with(normalize-space(.), '5 units shipped')]]"
    forms = b.d.find_elements(By.XPATH, form_path)
    check("the customer finds the new delivery awaiting its decision", len(forms) == 1, b.text()[:400])
    if not forms:
        return
    quantity = forms[0].find_element(By.CSS_SELECTOR, "input[name=acceptedQuantity]")
    quantity.clear()
    quantity.send_keys("4")
    b.navigate(forms[0].find_element(By.CSS_SELECTOR, "button[type=submit]").click)
    form = b.d.find_element(By.XPATH, form_path)
    reason = form.find_element(By.CSS_SELECTOR, "textarea[name=reason]")
    check("refusing a unit without a reason is refused beside the reason",
          reason.get_attribute("aria-invalid") == "true" and form.find_element(By.CSS_SELECTOR, "input[name=acceptedQuantity]").get_attribute("value") == "4",
          form.text[:300])
    reason.send_keys("One airframe cracked in the acceptance flight")
    b.navigate(form.find_element(By.CSS_SELECTOR, "button[type=submit]").click)
    text = b.text()
    check("the partial acceptance is recorded with its reason",
          "Your decision on the delivery was recorded." in text and "One airframe cracked in the acceptance flight" in text, text[:400])
    b.shot("delivery-decided")


def register_facility(b):
    """The manufacturer registers a facility and records its first permit from the facilities page.
    Runs last: it adds a facility to the demo."""
    from selenium.webdriver.support.ui import Select

    b.sign_in("dnipro@bwu.demo")
    b.go("/facilities")
    b.d.find_element(By.ID, "f-name").send_keys("Esbjerg drone hangar")
    b.d.find_element(By.ID, "f-address").send_keys("Havnevej 4")
    b.d.find_element(By.ID, "f-municipality").send_keys("Esbjerg")
    b.click_button("Register a facility")
    text = b.text()
    check("the manufacturer registers a facility", "The facility was registered." in text and "Esbjerg drone hangar" in text, text[:300])
    section = b.d.find_element(By.XPATH, "//section[.//h2[text()='Esbjerg drone hangar']]")
    check("the new facility is planned and lists the permits it still needs",
          "Planned" in section.text and "Not recorded" in section.text, section.text[:300])
    section.find_element(By.CSS_SELECTOR, "details.manage summary").click()
    form = section.find_element(By.XPATH, ".//form[contains(@action, '/permits')]")
    Select(form.find_element(By.CSS_SELECTOR, "select[name=kind]")).select_by_value("war-material-manufacturing")
    form.find_element(By.CSS_SELECTOR, "input[name=issuer]").send_keys("Danish Ministry of Justice")
    form.find_element(By.CSS_SELECTOR, "input[name=reference]").send_keys("KRIGSMAT-2026-88")
    b.navigate(form.find_element(By.CSS_SELECTOR, "button[type=submit]").click)
    text = b.text()
    check("a permit is recorded from the facility's form", "The permit was recorded." in text and "KRIGSMAT-2026-88" in text, text[:300])
    b.shot("facility-registered")
