import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { factor } from '@/test/fixtures';
import { FactorBars } from './factor-bars';

describe('FactorBars', () => {
  const factors = [factor('skills', 0.7, 0.4), factor('location', 1, 0.2), factor('rate', 0.5, 0.15), factor('availability', 0, 0.05)];

  it('draws each factor as a bar whose track is its weight and whose fill is its contribution', () => {
    render(<FactorBars factors={factors} />);
    const skills = screen.getByRole('meter', { name: 'Skills contribution' });
    const location = screen.getByRole('meter', { name: 'Location contribution' });
    const rate = screen.getByRole('meter', { name: 'Rate contribution' });

    // Tracks relative to the heaviest weight (skills 0.40 = 100%).
    expect(skills.style.width).toBe('100%');
    expect(location.style.width).toBe('50%');
    expect(rate.style.width).toBe('37.5%');
    // Fills: contribution / weight = the factor's value.
    expect(within(skills).getByTestId('factor-fill').style.width).toBe('70%');
    expect(within(location).getByTestId('factor-fill').style.width).toBe('100%');
    expect(within(rate).getByTestId('factor-fill').style.width).toBe('50%');
  });

  it('states each contribution in numbers and words for screen readers', () => {
    render(<FactorBars factors={factors} />);
    const skills = screen.getByRole('meter', { name: 'Skills contribution' });
    expect(skills).toHaveAttribute('aria-valuenow', String(0.7 * 0.4));
    expect(skills).toHaveAttribute('aria-valuemax', '0.4');
    expect(skills).toHaveAttribute('aria-valuetext', '0.28 of 0.40: skills reason');
    expect(screen.getByText('+0.28 of 0.40')).toBeInTheDocument();
    expect(screen.getByText('+0.00 of 0.05')).toBeInTheDocument();
  });

  it('draws nothing without factors', () => {
    const { container } = render(<FactorBars factors={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
