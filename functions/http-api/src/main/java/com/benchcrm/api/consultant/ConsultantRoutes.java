package com.benchcrm.api.consultant;

import com.benchcrm.api.http.EntityRoutes;
import com.benchcrm.api.http.Router;
import com.benchcrm.consultant.ConsultantInput;
import com.benchcrm.consultant.Consultants;

/** Registers {@code /v1/consultants} and {@code /v1/consultants/{id}}. */
public final class ConsultantRoutes {

    public static final String BASE = "/v1/consultants";

    private ConsultantRoutes() {
    }

    public static void register(Router router, Consultants consultants) {
        EntityRoutes.register(router, BASE, consultants, ConsultantInput.class);
    }
}
