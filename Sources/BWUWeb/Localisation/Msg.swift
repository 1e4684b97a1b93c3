import BWUDomain
import BWUMatchmaking

/// Every piece of text the pages show. Each language's catalogue maps these to words; a test
/// checks that all three catalogues cover every message.
public enum Msg: Hashable, Sendable {
    // Frame and navigation
    case skipToContent, footer, navMain, navLanguage, navDashboard, navApplications, navGrants, navLedger, navAudit
    case signIn, signOut, signInTitle, signInIntro, email, password, errSignInFailed, errRateLimited
    // Errors
    case errorBadRequest, errorCode, errorForbidden, errorNotFound, errorServer, errorSignIn, errorCSRF, backToDashboard
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
    // Words for domain values
    case role(Role), remit(Remit), ministryName(Remit), statusName(ApplicationStatus), verdictName(ReviewVerdict)
    case milestoneStatus(MilestoneStatus), ledgerKind(LedgerTransactionKind), grantStatus(GrantStatus)
    case audit(String), notice(Notice)
    // Value chains
    case navSuppliers, navMatchmaking, navInvitations, navCapabilities, navTrialRequests
    case suppliersTitle, editProfile, noSuppliers, supplier, categories, codes, certifications, clearance, country
    case leadTimeWeeks, capacityPerWeek, profileTitle, whatYouSupply, howYouSupply, listHint, cpvCodes, cpvHint, nsns, nsnHint
    case certificationsHint, countryHint, saveProfile, errNumber, errCertificationLine
    case matchmakingTitle, matchmakingIntro, onTimeFill, fill, singlePoints, noNeeds, manufacturer, chooseManufacturer
    case requiredClearance, show, needReasons, currentSources, noProposals, score, reasons, points, alreadyInvited, message
    case invite, closesSinglePoint, assumedTerms, weeks, perWeek, alliedShareChanges, endItem, before, after
    case invitationsTitle, noInvitations, invitation, item, offers, created, noOffers, submitted, unitPrice, minLot
    case validUntil, note, recordedImpact, purchaseSource, makeOffer, declineInvitation, decline, decideOffer, acceptHint, accept
    case capabilitiesTitle, publishCapability, noCapabilities, categoryShort, readinessLevel, combatProven, demonstrable
    case yes, no, searchWords, anyCategory, minimumReadiness, anyLevel, combatProvenOnly, search, published, requestTrial
    case trialKindLabel, purpose, trialRequestsTitle, noTrialRequests, capability, requester, requestedOn, approvedWord
    case declinedWord, awaitingWord, scheduledFor, decisions, party, declineReason, findings, decideTrial, declineHint
    case approve, scheduleTrial, recordFindings, errReadiness
    case valueChainTitle, manufacturersWithEuropeanSuppliers, registeredSuppliers, acceptedOffers, singlePointsClosed
    case publishedCapabilities, alliedShareTitle, trialRequestsByStatus, noAlliedShareChanges
    case clearanceName(ClearanceLevel), needReason(NeedReason), matchReason(MatchReason.Kind)
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
    case verified, rejected, disbursed, signedOut = "signed-out"
    // Value chains
    case profileSaved = "profile-saved", invited, offerMade = "offer-made", invitationDeclined = "invitation-declined"
    case offerAccepted = "offer-accepted", offerRejected = "offer-rejected", capabilityPublished = "capability-published"
    case trialRequested = "trial-requested", trialDecided = "trial-decided", trialScheduled = "trial-scheduled"
    case trialCompleted = "trial-completed"
}

extension Language {
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
