/**
 * Normal adult range of motion, degrees from upright standing, as the American Academy of
 * Orthopaedic Surgeons gives it (AAOS, Joint Motion: Method of Measuring and Recording, 1965;
 * the AAOS column of Norkin, C. C. and White, D. J., Measurement of Joint Motion: A Guide to
 * Goniometry, F. A. Davis, Appendix A).
 *
 * Checked against the AAOS column of Norkin and White's Table A.1: shoulder flexion 180,
 * extension 60, abduction 180; elbow flexion 150, extension 0. Knee 0 to 135 checked against a
 * secondary source quoting the AAOS value. Hip (flexion 120, extension 30, abduction 45,
 * adduction 30), ankle (dorsiflexion 20, plantar flexion 50), thoracolumbar spine (flexion 80,
 * extension 30, rotation 45) and neck (flexion and extension 45) are the commonly quoted AAOS values that could
 * not be checked against a copy of the AAOS table here; the Merck Manual's table of normal values
 * agrees on the ankle (20 and 50) and on hip abduction (45).
 */
export const rangeOfMotion = {
  neck: { min: -45, max: 45 },
  trunk: { min: -30, max: 80 },
  trunkTwist: { min: -45, max: 45 },
  shoulder: { min: -60, max: 180 },
  shoulderAbduction: { min: 0, max: 180 },
  elbow: { min: 0, max: 150 },
  hip: { min: -30, max: 120 },
  hipAbduction: { min: -30, max: 45 },
  knee: { min: 0, max: 135 },
  ankle: { min: -20, max: 50 },
} as const;

export type Joint = keyof typeof rangeOfMotion;
