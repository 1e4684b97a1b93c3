import Foundation
import BWUDomain
import BWUMatchmaking

/// Every piece of text the pages show. Each language's catalogue maps these to words; a test
/// checks that all three catalogues cover every message.
public enum Msg: Hashable, Sendable {
    // Frame and navigation
    case skipToContent, footer, navMain, navLanguage, navDashboard, navApplications, navGrants, navLedger, navAudit
    case signIn, signOut, signInTitle, signInIntro, email, password, errSignInFailed, errRateLimited
    // Errors
    case errorBadRequest, errorCode, errorForbidden, errorNotFound, errorServer, errorSignIn, errorCSRF, backToDashboard, backToPrevious
    case formHasErrors, errAmount, errCategory, errDate, errWholeNumber, errRequired, errPositive
    // Dashboard and charts
    case dashboardTitle, dashboardLimited, noProgramme, envelope, available, committed, disbursed
    case chartEnvelopeTitle, chartNoData, chartNumbers, chartProgressTitle, chartStatusTitle, count
    // Applications
    case applicationsTitle, application, newApplication, editApplication, untitled, noApplications, allStates, filter
    case title, applicant, status, requested, updated, round, siteAddress, municipality, deliveryCommitment
    case productLines, productLine, name, category, capacityPerMonth, milestones, milestone, description, amount
    case dueDate, evidenceRequired, history, aboutProject, amountHint, milestonesHint, saveDraft, saveAndSubmit
    case edit, submit, makeGrant, grantCommitHint, openGrant, openApplication
    // Reviews
    case reviews, reviewsOfRound, ministry, verdict, reason, date, yours, awaitingReview, notYetSubmitted
    case earlierRounds, yourReview, recordReview
    // Grants and milestones
    case grantsTitle, grant, noGrants, paid, milestonesPaid, evidence, document, submittedBy, decision
    case awaitingDecision, verifiedBy, rejectedBy, submitEvidence, documentReference, referenceHint, file
    case decideEvidence, reasonHint, verify, reject, disburse, paidOn, paidBy, you, anotherUser
    case sodTitle, sodRule, sodYouSubmitted, sodYouVerified, sodVerifierCannotPay, sodYouMayPay
    // Ledger and audit
    case ledgerTitle, kind, allKinds, fromDate, toDate, downloadCSV, memo, postings, by, fundingSource
    case auditTitle, chainIntact, chainBroken, chainBrokenAt, chainEntriesChecked, action, allActions, entityID
    case actorEmail, sequence, entity, details, hash, pages, previousPage, nextPage
    // Facilities, permits, demands and deliveries
    case navFacilities, navDemands, navPlans, facilitiesTitle, permitAlerts, permitAlertsHint, noPermitAlerts, noFacilities
    case facility, organisation, address, foreignOwned, yes, no, permit, issuer, reference, validFrom, validUntil, clearanceLevel
    case alert, notRecorded, permitValid, permitExpiresSoon, permitExpired, permitNotYetValid, permitsOf
    case demandsTitle, demands, deliveries, noDemands, noDeliveries, product, customer, manufacturer, quantity, priority
    case shipped, accepted, awaitingAcceptance, refused, shippedOn, decidedOn, paymentReleased, released
    case chartDeliveriesTitle, chartDeliveriesDesc, deliveriesHidden, permitsExpiringTitle, openFacilities, openDemands
    case shipDelivery, shipHint, demandToShip, countsTowards, noMilestone, ship, decideDelivery, decideDeliveryHint
    case unitsAccepted, refusalReasonHint, recordDecision, deliveryShippedOn
    case registerFacility, registerFacilityHint, recordPermit, recordPermitHint, changeFacilityStatus, saveStatus, optionalField, manageFacility, editPermit, savePermit
    // Plan runs, their charts and comparison
    case planRunsTitle, planRun, noPlanRuns, startPlanRun, startPlanHint, started, finished, onTimeFill, fill, unmetCount
    case compare, compareWithPrevious, compareWith, progress, runPending, reload, runFailed, weightedLateness, cost
    case chartTimelineTitle, chartTimelineDesc, timelineCapped, due, onTime, late, short, week, plannedDeliveries
    case chartLoadTitle, chartLoadDesc, resource, load, capacity, utilisation, loadIdle, loadLow, loadMedium, loadHigh, loadFull
    case unmetTitle, allOnTime, cause, causeCapacity, causeMaterial, causeMaterialNoSource, causeLeadTime, causeLeadTimeNoPath
    case causeBudget, causeLot, comparisonTitle, before, after, change, demandsMoved, noDemandMoved, lastDelivery, noDelivery
    case pointsChange, chooseRunToCompare, noOtherRun, demand, inputSnapshot, snapshotSummary
    case resilienceTitle, openResilience, resilienceHint, singlePoints, noSinglePoints, singleSource, dependantItems, qtyAtRisk
    case valueShare, alliedShareTitle, alliedShare, countries, belowThreshold, sourceSupplier, sourceLocation, sourceNone
    case chartAlliedDesc, noDemandedItems, component, noResources, measure
    // Words for domain values
    case role(Role), remit(Remit), ministryName(Remit), statusName(ApplicationStatus), verdictName(ReviewVerdict)
    case milestoneStatus(MilestoneStatus), ledgerKind(LedgerTransactionKind), grantStatus(GrantStatus)
    case audit(String), notice(Notice)
    case permitKind(PermitKind), permitStatus(PermitStatus), facilityStatus(FacilityStatus), alertKind(PermitRules.Alert.Kind)
    case deliveryStatus(DeliveryRecord.Status), demandStatus(DemandRecord.Status), planState(PlanRunState)
    // Value chains
    case navSuppliers, navMatchmaking, navInvitations, navCapabilities, navTrialRequests
    case suppliersTitle, editProfile, noSuppliers, supplier, categories, codes, certifications, clearance, country
    case leadTimeWeeks, capacityPerWeek, profileTitle, whatYouSupply, howYouSupply, listHint, cpvCodes, cpvHint, nsns, nsnHint
    case certificationsHint, countryHint, saveProfile, errNumber, errCertificationLine
    case matchmakingTitle, matchmakingIntro, noNeeds, chooseManufacturer
    case requiredClearance, show, needReasons, currentSources, noProposals, score, reasons, points, alreadyInvited, message
    case invite, closesSinglePoint, assumedTerms, weeks, perWeek, alliedShareChanges, endItem
    case invitationsTitle, noInvitations, invitation, item, offers, created, noOffers, submitted, unitPrice, minLot
    case note, recordedImpact, purchaseSource, makeOffer, declineInvitation, decline, decideOffer, acceptHint, accept
    case capabilitiesTitle, publishCapability, noCapabilities, categoryShort, readinessLevel, combatProven, demonstrable
    case searchWords, anyCategory, minimumReadiness, anyLevel, combatProvenOnly, search, published, requestTrial
    case trialKindLabel, purpose, trialRequestsTitle, noTrialRequests, capability, requester, requestedOn, approvedWord
    case declinedWord, awaitingWord, scheduledFor, decisions, party, declineReason, findings, decideTrial, declineHint
    case approve, scheduleTrial, recordFindings, errReadiness
    case valueChainTitle, manufacturersWithEuropeanSuppliers, registeredSuppliers, acceptedOffers, singlePointsClosed
    case publishedCapabilities, alliedShareChangesTitle, trialRequestsByStatus, noAlliedShareChanges
    case clearanceName(ClearanceLevel), needReason(NeedReason), matchReason(MatchReason.Kind), matchDetail(MatchDetail)
    case invitationStatus(SupplierInvitationRecord.Status), offerStatus(SupplierOfferRecord.Status)
    case trialKind(TrialRequestRecord.Kind), trialStatus(TrialRequestRecord.Status)

    /// The audit actions the filter offers, in the order of the flow.
    public static let knownAuditActions = [
        "programme.created", "funding-source.added", "organisation.created", "user.created",
        "application.drafted", "application.edited", "application.submitted", "application.reviewed",
        "application.changes-requested", "application.rejected", "application.approved", "application.granted",
        "grant.created", "milestone.evidence-submitted", "milestone.evidence-rejected", "milestone.verified",
        "milestone.disbursed", "grant.completed",
    ]
}

/// Confirmations shown after a form was accepted; carried in the redirect as `?notice=…`.
public enum Notice: String, CaseIterable, Sendable {
    case saved, submitted, reviewed, granted, evidenceSubmitted = "evidence-submitted"
    case verified, rejected, disbursed, signedOut = "signed-out", planStarted = "plan-started"
    case deliveryShipped = "delivery-shipped", deliveryDecided = "delivery-decided"
    case facilityRegistered = "facility-registered", permitRecorded = "permit-recorded", permitUpdated = "permit-updated", facilityStatusChanged = "facility-status-changed"
    // Value chains
    case profileSaved = "profile-saved", invited, offerMade = "offer-made", invitationDeclined = "invitation-declined"
    case offerAccepted = "offer-accepted", offerRejected = "offer-rejected", capabilityPublished = "capability-published"
    case trialRequested = "trial-requested", trialDecided = "trial-decided", trialScheduled = "trial-scheduled"
    case trialCompleted = "trial-completed"
}

extension Language {
    /// A message with `{name}` placeholders filled in, for sentences whose word order differs
    /// between languages (the values are inserted as they are, escaped later with the text).
    public func fill(_ key: Msg, _ values: [String: String]) -> String {
        var sentence = self(key)
        for (name, value) in values { sentence = sentence.replacingOccurrences(of: "{\(name)}", with: value) }
        return sentence
    }

    /// An audit action in the reader's words, or its code when it has none yet.
    public func auditAction(_ code: String) -> String {
        Catalogue.table(for: self)[.audit(code)] ?? Catalogue.english[.audit(code)] ?? code
    }
}

enum Catalogue {
    static func table(for language: Language) -> [Msg: String] {
        switch language {
        case .en: english
        case .da: danish
        case .uk: ukrainian
        }
    }

    /// Every message a complete catalogue must have (the test checks each language against it).
    static var allMessages: [Msg] { Array(english.keys) }
}
