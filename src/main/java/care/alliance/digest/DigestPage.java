package care.alliance.digest;

/**
 * What the digest page shows for one appointment: the appointment (with the patient's name) and its
 * latest digest, {@code null} while none is built.
 */
public record DigestPage(DigestInboxRow appointment, ShownDigest digest) {
}
