package org.faultline.store;

import org.faultline.model.Actor;

import java.time.LocalDate;

/**
 * Who one stored report cites, for the track records of sources: its reporter and cited outlet, the merged event it
 * belongs to, its death toll and its dates.
 *
 * @param mergedId    the merged event of the report, or null when the report is in none
 * @param published   the publication day of its document, or null
 * @param reporter    who the text says reports it, or null
 * @param citedOutlet the outlet its citation names ("Mod.gov.az"), or null
 * @param citedDate   the date its citation gives (YYYY, YYYY-MM or YYYY-MM-DD), or null
 * @param fatalities  the toll this report gives, or null when it gives none
 */
public record ReportSource(String documentId, String reportId, String mergedId, LocalDate published, Actor reporter,
                           String citedOutlet, String citedDate, Integer fatalities) {
    public ReportSource {
        if (documentId == null || reportId == null)
            throw new IllegalArgumentException("report source needs a document and report id, got " + documentId + "/" + reportId);
    }
}
